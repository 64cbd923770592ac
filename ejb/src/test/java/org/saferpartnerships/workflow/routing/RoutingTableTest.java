package org.saferpartnerships.workflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.casereview.review.InformationRequestWorkflow;
import org.saferpartnerships.workflow.engine.ActionRequestWorkflow;
import org.saferpartnerships.workflow.engine.Destination;
import org.saferpartnerships.workflow.engine.Priority;

/** Which rule wins, and what happens when none matches or a destination cannot be resolved. */
class RoutingTableTest {

  private static final long CAMBRIDGE = 10L;
  private static final long PETERBOROUGH = 11L;
  private static final long CAMBS_PFA = 20L;
  private static final long CAMBS_FORCE = 100L;
  private static final long LOCAL_TEAM = 200L;

  private final RoutingRule nationalPolice =
      rule(
          1,
          "police",
          null,
          null,
          null,
          TargetBody.POLICE,
          null,
          1000,
          Destination.CSP_BODY,
          null,
          "ASB_SPOC");
  private final RoutingRule cambridgeUrgent =
      rule(
          2,
          "cam-urgent",
          null,
          CAMBRIDGE,
          null,
          TargetBody.POLICE,
          Priority.URGENT,
          1000,
          Destination.ORGANISATION,
          LOCAL_TEAM,
          "URGENT");
  private final RoutingRule forceAreaInfo =
      rule(
          3,
          "cambs-info",
          InformationRequestWorkflow.TYPE,
          null,
          CAMBS_PFA,
          null,
          null,
          500,
          Destination.ORGANISATION,
          LOCAL_TEAM,
          "DISCLOSURE");
  private final RoutingRule anyBody =
      rule(4, "any", null, null, null, null, null, 2000, Destination.CSP_BODY, null, "GENERAL");

  private final List<RoutingRule> rules =
      List.of(anyBody, forceAreaInfo, cambridgeUrgent, nationalPolice);

  /** The CSP's body of the target type: the force for police, nothing for fire (no member). */
  private Optional<Long> resolve(RoutingRule rule, RouteRequest request) {
    if (rule.getDestination() == Destination.ORGANISATION) {
      return Optional.of(rule.getOrganisationId());
    }
    return Optional.ofNullable(Map.of(TargetBody.POLICE, CAMBS_FORCE).get(request.targetBody()));
  }

  private Optional<RoutingDecision> route(RouteRequest request) {
    return RoutingTable.choose(rules, request, rule -> resolve(rule, request));
  }

  @Test
  void theNationalRuleSendsPoliceWorkToTheCspsForce() {
    assertThat(
            route(
                new RouteRequest(
                    ActionRequestWorkflow.TYPE,
                    PETERBOROUGH,
                    CAMBS_PFA,
                    TargetBody.POLICE,
                    Priority.NORMAL)))
        .contains(new RoutingDecision(CAMBS_FORCE, "ASB_SPOC", 1L));
  }

  @Test
  void aMoreSpecificRuleOfEqualPrecedenceWins() {
    assertThat(
            route(
                new RouteRequest(
                    ActionRequestWorkflow.TYPE,
                    CAMBRIDGE,
                    CAMBS_PFA,
                    TargetBody.POLICE,
                    Priority.URGENT)))
        .contains(new RoutingDecision(LOCAL_TEAM, "URGENT", 2L));
  }

  @Test
  void aLowerPrecedenceWinsOverSpecificity() {
    assertThat(
            route(
                new RouteRequest(
                    InformationRequestWorkflow.TYPE,
                    CAMBRIDGE,
                    CAMBS_PFA,
                    TargetBody.POLICE,
                    Priority.URGENT)))
        .contains(new RoutingDecision(LOCAL_TEAM, "DISCLOSURE", 3L));
  }

  @Test
  void aRuleWhoseBodyCannotBeFoundIsPassedOverAndNoMatchMeansNoDecision() {
    assertThat(
            route(
                new RouteRequest(
                    ActionRequestWorkflow.TYPE,
                    CAMBRIDGE,
                    CAMBS_PFA,
                    TargetBody.FIRE_AND_RESCUE,
                    Priority.NORMAL)))
        .isEmpty();
  }

  @Test
  void retiredRulesNeverRoute() {
    nationalPolice.retire(Instant.EPOCH, "admin");
    assertThat(
            route(
                new RouteRequest(
                    ActionRequestWorkflow.TYPE,
                    PETERBOROUGH,
                    CAMBS_PFA,
                    TargetBody.POLICE,
                    Priority.NORMAL)))
        .contains(new RoutingDecision(CAMBS_FORCE, "GENERAL", 4L));
  }

  private static RoutingRule rule(
      long id,
      String key,
      String type,
      Long csp,
      Long pfa,
      TargetBody body,
      Priority priority,
      int precedence,
      Destination destination,
      Long organisation,
      String queue) {
    RoutingRule rule =
        new RoutingRule(
            new RoutingRuleDefinition(
                key,
                "test rule " + key,
                null,
                type,
                null,
                null,
                body,
                priority,
                precedence,
                destination,
                organisation,
                queue),
            csp,
            pfa,
            1,
            Instant.EPOCH,
            "test");
    try {
      Field field = RoutingRule.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(rule, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return rule;
  }
}
