package org.saferpartnerships.workflow.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses among the active rules: those that match, lowest precedence first, then the most
 * specific, then the oldest. A rule whose destination cannot be resolved for this item (a CSP with
 * no member of the target type, or two of them) is passed over for the next. Pure, so routing is
 * unit-tested without a database.
 */
public final class RoutingTable {

  private static final Comparator<RoutingRule> ORDER =
      Comparator.comparingInt(RoutingRule::getPrecedence)
          .thenComparing(Comparator.comparingInt(RoutingRule::specificity).reversed())
          .thenComparing(RoutingRule::getId, Comparator.nullsLast(Comparator.naturalOrder()));

  private RoutingTable() {}

  /**
   * @param resolver the organisation a rule sends this item to, if it can be resolved
   */
  public static Optional<RoutingDecision> choose(
      List<RoutingRule> rules,
      RouteRequest request,
      Function<RoutingRule, Optional<Long>> resolver) {
    return rules.stream()
        .filter(RoutingRule::isActive)
        .filter(rule -> rule.matches(request))
        .sorted(ORDER)
        .flatMap(
            rule ->
                resolver
                    .apply(rule)
                    .map(org -> new RoutingDecision(org, rule.getQueue(), rule.getId()))
                    .stream())
        .findFirst();
  }
}
