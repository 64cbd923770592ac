package org.saferpartnerships.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.registry.OrganisationType;

/**
 * Works out a caller's {@link Scope} from the organisations they act for, in the registry vintage
 * in force today. Five small queries, run once per request by {@link CallerScope}.
 */
@Stateless
public class ScopeService {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  public Scope scopeOf(String username, Set<Role> roles) {
    Set<Role> held = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    boolean national = held.stream().anyMatch(Role.NATIONAL::contains);
    List<Long> organisations =
        em.createQuery(
                "SELECT o.id FROM Account a JOIN a.organisations o WHERE a.username = :username",
                Long.class)
            .setParameter("username", username)
            .getResultList();
    Set<Long> partnerships = organisations.isEmpty() ? Set.of() : partnershipsOf(organisations);
    Set<Long> csps = organisations.isEmpty() ? Set.of() : cspsOf(organisations, partnerships);
    return new Scope(username, held, Set.copyOf(organisations), csps, partnerships, national);
  }

  /** The CSPs whose own partnership organisation the caller acts for. */
  private Set<Long> partnershipsOf(List<Long> organisations) {
    return Set.copyOf(
        em.createQuery(
                "SELECT o.area.id FROM Organisation o WHERE o.id IN :orgs AND o.type = :type",
                Long.class)
            .setParameter("orgs", organisations)
            .setParameter("type", OrganisationType.PARTNERSHIP)
            .getResultList());
  }

  private Set<Long> cspsOf(List<Long> organisations, Set<Long> partnerships) {
    LocalDate today = LocalDate.now(clock);
    Long vintage =
        em.createQuery(
                "SELECT v.id FROM RegistryVintage v WHERE v.validFrom <= :today ORDER BY v.validFrom DESC",
                Long.class)
            .setParameter("today", today)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(-1L);
    Set<Long> csps = new HashSet<>(partnerships);
    csps.addAll(
        em.createQuery(
                "SELECT m.csp.id FROM AreaMapping m, Organisation o WHERE o.id IN :orgs"
                    + " AND o.type = :type AND m.lad = o.area AND m.vintage.id = :vintage",
                Long.class)
            .setParameter("orgs", organisations)
            .setParameter("type", OrganisationType.COUNCIL)
            .setParameter("vintage", vintage)
            .getResultList());
    csps.addAll(
        em.createQuery(
                "SELECT p.csp.id FROM CspPlacement p, Organisation o WHERE o.id IN :orgs"
                    + " AND o.type = :type AND p.pfa = o.area AND p.vintage.id = :vintage",
                Long.class)
            .setParameter("orgs", organisations)
            .setParameter("type", OrganisationType.POLICE_FORCE)
            .setParameter("vintage", vintage)
            .getResultList());
    csps.addAll(
        em.createQuery(
                "SELECT p.csp.id FROM CspPlacement p, PolicingBodyTerm t WHERE t.body.id IN :orgs"
                    + " AND p.pfa = t.pfa AND p.vintage.id = :vintage"
                    + " AND (t.validFrom IS NULL OR t.validFrom <= :today)"
                    + " AND (t.validTo IS NULL OR t.validTo >= :today)",
                Long.class)
            .setParameter("orgs", organisations)
            .setParameter("vintage", vintage)
            .setParameter("today", today)
            .getResultList());
    csps.addAll(
        em.createQuery(
                "SELECT m.csp.id FROM CspMembership m WHERE m.organisation.id IN :orgs", Long.class)
            .setParameter("orgs", organisations)
            .getResultList());
    return csps;
  }
}
