package org.saferpartnerships.workflow.items;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.identity.PersonalData;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.workflow.engine.Party;

/**
 * Who may see an item and in what capacity, by the one rule for personal data ({@link
 * PersonalData}): the organisations holding and sending it, the coordinators of its CSP and
 * administrators; to anyone else it does not exist (the API answers 404, never 403, so its
 * existence is not disclosed).
 */
public final class WorkItemAccess {

  private WorkItemAccess() {}

  public static boolean seesEverything(Scope scope) {
    return PersonalData.seesEveryItem(scope);
  }

  public static boolean isCoordinatorOf(Scope scope, long cspId) {
    return PersonalData.mayViewCases(scope, cspId);
  }

  /** The capacities in which the caller stands to the item. */
  public static Set<Party> parties(
      Scope scope, long holderId, long senderId, long cspId, String assigneeUsername) {
    Set<Party> parties = EnumSet.noneOf(Party.class);
    boolean worksInPartnerBody = PersonalData.worksOnItems(scope);
    if (worksInPartnerBody && scope.organisationIds().contains(holderId)) {
      parties.add(Party.HOLDER);
    }
    if (worksInPartnerBody && scope.organisationIds().contains(senderId)) {
      parties.add(Party.SENDER);
    }
    if (isCoordinatorOf(scope, cspId)) {
      parties.add(Party.COORDINATOR);
    }
    if (assigneeUsername != null && assigneeUsername.equals(scope.username())) {
      parties.add(Party.ASSIGNEE);
    }
    return parties;
  }

  public static boolean mayView(Scope scope, WorkItem item) {
    return seesEverything(scope)
        || !parties(
                scope,
                item.getOrganisation().getId(),
                item.getSender().getId(),
                item.getCsp().getId(),
                item.getAssignee() == null ? null : item.getAssignee().getUsername())
            .isEmpty();
  }

  /** Restricts a query over {@code WorkItem w} to the items the caller may see. */
  public static JpqlConditions restrict(Scope scope, JpqlConditions where, String alias) {
    if (seesEverything(scope)) {
      return where;
    }
    Set<Long> orgs = scope.organisationIds().isEmpty() ? Set.of(-1L) : scope.organisationIds();
    if (!PersonalData.worksOnItems(scope)) {
      return where.and("1 = 0", Map.of());
    }
    if (!PersonalData.caseCsps(scope).isEmpty()) {
      return where.and(
          "("
              + alias
              + ".organisation.id IN :visibleOrgs OR "
              + alias
              + ".sender.id IN :visibleOrgs OR "
              + alias
              + ".csp.id IN :visibleCsps)",
          Map.of("visibleOrgs", orgs, "visibleCsps", PersonalData.caseCsps(scope)));
    }
    return where.and(
        "("
            + alias
            + ".organisation.id IN :visibleOrgs OR "
            + alias
            + ".sender.id IN :visibleOrgs)",
        Map.of("visibleOrgs", orgs));
  }
}
