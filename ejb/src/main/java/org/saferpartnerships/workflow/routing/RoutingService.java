package org.saferpartnerships.workflow.routing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  public RoutingDecision route(RouteRequest request) {
    List<RoutingRule> rules =
        em.createQuery("SELECT r FROM RoutingRule r WHERE r.active = TRUE", RoutingRule.class)
            .getResultList();
    return RoutingTable.choose(rules, request, rule -> destination(rule, request))
        .orElseGet(() -> new RoutingDecision(partnershipOf(request.cspId()), TRIAGE_QUEUE, null));
  }

  /** The force area a CSP sits in today, for rules that match on it. */
  public Long forceAreaOf(long cspId) {
    return em.createQuery(
            "SELECT p.pfa.id FROM CspPlacement p WHERE p.csp.id = :csp AND p.vintage.validFrom <= :today"
                + " ORDER BY p.vintage.validFrom DESC",
            Long.class)
        .setParameter("csp", cspId)
        .setParameter("today", LocalDate.now(clock))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The CSP's own organisation, created for every CSP when the registry is imported. */
  public long partnershipOf(long cspId) {
    return em.createQuery(
            "SELECT o.id FROM Organisation o WHERE o.type = :type AND o.area.id = :csp", Long.class)
        .setParameter("type", OrganisationType.PARTNERSHIP)
        .setParameter("csp", cspId)
        .setFlushMode(FlushModeType.COMMIT) // organisations do not change where work is routed
        .getSingleResult();
  }

  private Optional<Long> destination(RoutingRule rule, RouteRequest request) {
    if (rule.getDestination() == Destination.ORGANISATION) {
      return Optional.ofNullable(rule.getOrganisationId());
    }
    List<Long> bodies = request.targetBody() == null ? List.of() : bodiesOf(request);
    return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
  }

  /** The organisations of the request's target type in its CSP: one means routable. */
  private List<Long> bodiesOf(RouteRequest request) {
    LocalDate today = LocalDate.now(clock);
    return switch (request.targetBody()) {
      case PARTNERSHIP -> List.of(partnershipOf(request.cspId()));
      case POLICE ->
          em.createQuery(
                  "SELECT o.id FROM Organisation o WHERE o.type = :type AND o.area.id = :pfa",
                  Long.class)
              .setParameter("type", OrganisationType.POLICE_FORCE)
              .setParameter("pfa", request.pfaId())
              .getResultList();
      case POLICING_BODY ->
          em.createQuery(
                  "SELECT DISTINCT t.body.id FROM PolicingBodyTerm t WHERE t.pfa.id = :pfa"
                      + " AND (t.validFrom IS NULL OR t.validFrom <= :today)"
                      + " AND (t.validTo IS NULL OR t.validTo >= :today)",
                  Long.class)
              .setParameter("pfa", request.pfaId())
              .setParameter("today", today)
              .getResultList();
      case COUNCIL -> councilsOf(request.cspId(), today);
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

  /**
   * The district or unitary council(s) of the CSP in the vintage in force: "the council" of ASB
   * work is the local council, not the county, so county members are not candidates.
   */
  private List<Long> councilsOf(long cspId, LocalDate today) {
    return em.createQuery(
            "SELECT DISTINCT o.id FROM AreaMapping m, Organisation o WHERE m.csp.id = :csp"
                + " AND o.area = m.lad AND o.type = :type AND m.vintage.validFrom ="
                + " (SELECT MAX(v.validFrom) FROM RegistryVintage v WHERE v.validFrom <= :today)",
            Long.class)
        .setParameter("csp", cspId)
        .setParameter("type", OrganisationType.COUNCIL)
        .setParameter("today", today)
        .getResultList();
  }
}
