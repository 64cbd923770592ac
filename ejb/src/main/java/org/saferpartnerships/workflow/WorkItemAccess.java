package org.saferpartnerships.workflow;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.platform.JpqlConditions;

/**
 * Who may see an item and in what capacity. An item is visible to the organisations holding and
 * sending it, to the coordinators of its CSP and to administrators; to anyone else it does not
 * exist (the API answers 404, never 403, so its existence is not disclosed). Home Office analysts
 * and data protection officers see no items: they carry personal data of victims.
 */
public final class WorkItemAccess {

  private WorkItemAccess() {}

  public static boolean seesEverything(Scope scope) {
    return scope.has(Role.ADMIN);
  }

  public static boolean isCoordinatorOf(Scope scope, long cspId) {
    return scope.has(Role.CSP_COORDINATOR) && scope.cspIds().contains(cspId);
  }

  /** The capacities in which the caller stands to the item. */
  public static Set<Party> parties(
      Scope scope, long holderId, long senderId, long cspId, String assigneeUsername) {
    Set<Party> parties = EnumSet.noneOf(Party.class);
    boolean worksInPartnerBody =
        scope.has(Role.PARTNER_OFFICER)
            || scope.has(Role.CSP_COORDINATOR)
            || scope.has(Role.PCC_REVIEWER);
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
    boolean partner =
        scope.has(Role.PARTNER_OFFICER)
            || scope.has(Role.CSP_COORDINATOR)
            || scope.has(Role.PCC_REVIEWER);
    if (!partner) {
      return where.and("1 = 0", Map.of());
    }
    if (scope.has(Role.CSP_COORDINATOR) && !scope.cspIds().isEmpty()) {
      return where.and(
          "("
              + alias
              + ".organisation.id IN :visibleOrgs OR "
              + alias
              + ".sender.id IN :visibleOrgs OR "
              + alias
              + ".csp.id IN :visibleCsps)",
          Map.of("visibleOrgs", orgs, "visibleCsps", scope.cspIds()));
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
