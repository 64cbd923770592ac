package org.saferpartnerships.workflow.routing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.workflow.engine.Destination;

/**
 * Decides where an item goes: the active routing rules in order (see {@link RoutingTable}), and
 * when none applies, the triage queue of the CSP's own partnership, where the coordinator picks it
 * up. An item is never routed nowhere.
 */
@Stateless
public class RoutingService {

  /** The coordinator's queue for items no rule could place. */
  public static final String TRIAGE_QUEUE = "TRIAGE";

  /** The sender's queue for items a partner returned. */
  public static final String RETURNS_QUEUE = "RETURNS";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @jakarta.ejb.EJB private Registry registry;

  public RoutingDecision route(RouteRequest request) {
    List<RoutingRule> rules =
        em.createQuery("SELECT r FROM RoutingRule r WHERE r.active = TRUE", RoutingRule.class)
            .getResultList();
    return RoutingTable.choose(rules, request, rule -> destination(rule, request))
        .orElseGet(
            () -> new RoutingDecision(registry.partnershipOf(request.cspId()), TRIAGE_QUEUE, null));
  }

  private Optional<Long> destination(RoutingRule rule, RouteRequest request) {
    if (rule.getDestination() == Destination.ORGANISATION) {
      return Optional.ofNullable(rule.getOrganisationId());
    }
    List<Long> bodies = request.targetBody() == null ? List.of() : bodiesOf(request);
    if (request.addressee() != null) {
      return bodies.contains(request.addressee())
          ? Optional.of(request.addressee())
          : Optional.empty();
    }
    return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
  }

  /** The organisations of the request's target type in its CSP: one means routable. */
  private List<Long> bodiesOf(RouteRequest request) {
    LocalDate today = LocalDate.now(clock);
    return switch (request.targetBody()) {
      case PARTNERSHIP -> List.of(registry.partnershipOf(request.cspId()));
      case POLICE ->
          em.createQuery(
                  "SELECT o.id FROM Organisation o WHERE o.type = :type AND o.area.id = :pfa",
                  Long.class)
              .setParameter("type", OrganisationType.POLICE_FORCE)
              .setParameter("pfa", request.pfaId())
              .getResultList();
      case POLICING_BODY -> registry.bodiesGoverning(request.pfaId(), today);
      case COUNCIL -> registry.councilsOf(request.cspId(), today);
      default ->
          em.createQuery(
                  "SELECT m.organisation.id FROM CspMembership m WHERE m.csp.id = :csp"
                      + " AND m.organisation.type IN :types",
                  Long.class)
              .setParameter("csp", request.cspId())
              .setParameter("types", request.targetBody().organisationTypes())
              .getResultList();
    };
  }
}
