package org.saferpartnerships.account;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
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
import org.saferpartnerships.identity.ScopeSource;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.OrganisationType;

/**
 * Works out a caller's {@link Scope} from the organisations they act for, in the registry vintage
 * in force today. Five small queries, run once per request by {@link CallerScope}.
 */
@Stateless
@LocalBean
@Local(ScopeSource.class)
public class ScopeService implements ScopeSource {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @jakarta.ejb.EJB private Registry registry;

  @Override
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
    long vintage = registry.vintageOn(today).map(v -> v.getId()).orElse(-1L);
    Set<Long> csps = new HashSet<>(partnerships);
    csps.addAll(registry.cspsOfCouncils(organisations, vintage));
    csps.addAll(registry.cspsPolicedBy(organisations, vintage));
    csps.addAll(registry.cspsGovernedBy(organisations, vintage, today));
    return csps;
  }
}
