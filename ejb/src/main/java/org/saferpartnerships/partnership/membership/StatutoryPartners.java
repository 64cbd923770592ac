package org.saferpartnerships.partnership.membership;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.saferpartnerships.partnership.membership.PartnerLookups.Partner;
import org.saferpartnerships.partnership.membership.PartnerLookups.PartnerShare;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.startup.DatabaseMigrated;

/**
 * Makes the other responsible authorities the ONS lookups give (fire and rescue, the integrated
 * care boards or local health board, the county council) members of each partnership, so that work
 * for "fire" or "health" reaches that body instead of the coordinator's triage queue. It runs once
 * for the whole registry, after the registry's own loader, and for the partnerships each later
 * import brings; an administrator's removal or change of such a member is kept, because nothing
 * runs it a second time for the same partnership.
 */
@Stateless
public class StatutoryPartners {

  static final String SYSTEM = "system";
  private static final Logger LOG = Logger.getLogger(StatutoryPartners.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** Loads the partners of every partnership on the first start that has the lookups. */
  public void loadOnce(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 800) DatabaseMigrated m) {
    boolean loaded =
        !em.createQuery("SELECT a.id FROM Area a WHERE a.type = :type", Long.class)
            .setParameter("type", AreaType.FIRE_AND_RESCUE_AREA)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (loaded) {
      return;
    }
    List<Area> csps =
        em.createQuery("SELECT a FROM Area a WHERE a.type = :type", Area.class)
            .setParameter("type", AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
            .getResultList();
    int added = assign(csps);
    LOG.info(() -> "Added " + added + " responsible authorities to partnerships from ONS lookups");
  }

  /**
   * Adds to each partnership the responsible authorities the lookups give for its councils (in any
   * vintage) that are not yet its members. Returns how many memberships it added.
   */
  public int assign(Collection<Area> csps) {
    if (csps.isEmpty()) {
      return 0;
    }
    Map<Area, Set<String>> councilsOf = new LinkedHashMap<>();
    em.createQuery(
            "SELECT DISTINCT m.csp, m.lad.gssCode FROM AreaMapping m WHERE m.csp IN :csps",
            Object[].class)
        .setParameter("csps", csps)
        .getResultList()
        .forEach(
            row ->
                councilsOf
                    .computeIfAbsent((Area) row[0], c -> new LinkedHashSet<>())
                    .add((String) row[1]));
    Set<List<Long>> members = new HashSet<>();
    em.createQuery(
            "SELECT m.csp.id, m.organisation.id FROM CspMembership m WHERE m.csp IN :csps",
            Object[].class)
        .setParameter("csps", csps)
        .getResultList()
        .forEach(row -> members.add(List.of((Long) row[0], (Long) row[1])));
    PartnerLookups lookups = PartnerLookups.shipped();
    Map<String, Organisation> organisations = new HashMap<>();
    Instant now = clock.instant();
    int added = 0;
    for (Map.Entry<Area, Set<String>> entry : councilsOf.entrySet()) {
      Area csp = entry.getKey();
      for (PartnerShare share : lookups.partnersOf(entry.getValue())) {
        Organisation body =
            organisations.computeIfAbsent(share.partner().code(), code -> body(share.partner()));
        if (!body.getType().servesCountry(csp.getCountry())
            || !members.add(List.of(csp.getId(), body.getId()))) {
          continue;
        }
        em.persist(
            CspMembership.fromReferenceData(
                csp, body, share.coveragePercent() == 100 ? null : share.coveragePercent(), now));
        added++;
      }
    }
    em.flush();
    return added;
  }

  /** The organisation of a partner body, with its area, created the first time it is needed. */
  private Organisation body(Partner partner) {
    Area area =
        em.createNamedQuery("Area.findByCode", Area.class)
            .setParameter("code", partner.code())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Area created = new Area(partner.code(), partner.type(), partner.areaName());
                  em.persist(created);
                  return created;
                });
    return em.createNamedQuery("Organisation.findByTypeAndAreas", Organisation.class)
        .setParameter("type", partner.type().organisationType())
        .setParameter("areas", List.of(area))
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Organisation created =
                  new Organisation(
                      partner.type().organisationType(),
                      partner.name(),
                      partner.nameCy(),
                      area,
                      clock.instant(),
                      SYSTEM);
              em.persist(created);
              em.flush();
              return created;
            });
  }
}
