package org.saferpartnerships.partnership;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.partnership.registry.AreaName;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.partnership.registry.RegistryVintage;
import org.saferpartnerships.partnership.registry.VintageRepository;

/**
 * The one place other contexts ask the registry's questions of a day D: which force area holds a
 * CSP, which body holds PCC functions in a force area, which CSPs a body, a force or a council
 * covers, and which partnerships sit where. The vintage in force on D is the latest that began on
 * or before it; a policing body's term is in force from its first day to its last, both included.
 */
@Stateless
public class Registry {

  private static final String TERM_IN_FORCE =
      " AND (t.validFrom IS NULL OR t.validFrom <= :day)"
          + " AND (t.validTo IS NULL OR t.validTo >= :day)";

  @PersistenceContext private EntityManager em;

  @EJB private VintageRepository vintages;

  /** The vintage in force on the day. */
  public Optional<RegistryVintage> vintageOn(LocalDate day) {
    return vintages.inForceOn(day);
  }

  /** The vintage in force on the day or, before the first began, the newest there is. */
  public Optional<RegistryVintage> vintageOnOrNewest(LocalDate day) {
    return vintages.inForceOn(day).or(() -> vintages.all().stream().findFirst());
  }

  /** The force area the CSP sits in on the day, or null if it sits in none. */
  public Long forceAreaOf(long cspId, LocalDate day) {
    return em.createQuery(
            "SELECT p.pfa.id FROM CspPlacement p WHERE p.csp.id = :csp"
                + " AND p.vintage.validFrom <= :day ORDER BY p.vintage.validFrom DESC",
            Long.class)
        .setParameter("csp", cspId)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The force areas the CSPs have sat in, in any vintage. */
  public Set<Long> forceAreasEverHolding(Collection<Long> cspIds) {
    if (cspIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT DISTINCT p.pfa.id FROM CspPlacement p WHERE p.csp.id IN :csps", Long.class)
            .setParameter("csps", cspIds)
            .getResultList());
  }

  /** Whether the CSP has sat in the force area in any vintage. */
  public boolean everPlaced(long cspId, long pfaId) {
    return !em.createQuery(
            "SELECT p.id FROM CspPlacement p WHERE p.csp.id = :csp AND p.pfa.id = :pfa", Long.class)
        .setParameter("csp", cspId)
        .setParameter("pfa", pfaId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The CSPs that have sat in the force area, in any vintage. */
  public Set<Long> cspsEverIn(long pfaId) {
    return Set.copyOf(
        em.createQuery(
                "SELECT DISTINCT p.csp.id FROM CspPlacement p WHERE p.pfa.id = :pfa", Long.class)
            .setParameter("pfa", pfaId)
            .getResultList());
  }

  /** The organisations holding PCC functions in the force area on the day. */
  public List<Long> bodiesGoverning(long pfaId, LocalDate day) {
    return em.createQuery(
            "SELECT DISTINCT t.body.id FROM PolicingBodyTerm t WHERE t.pfa.id = :pfa"
                + TERM_IN_FORCE,
            Long.class)
        .setParameter("pfa", pfaId)
        .setParameter("day", day)
        .getResultList();
  }

  /** The force areas these organisations hold PCC functions in on the day, by name. */
  public List<AreaName> forceAreasGovernedBy(Collection<Long> bodyIds, LocalDate day) {
    if (bodyIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT NEW org.saferpartnerships.partnership.registry.AreaName(a.gssCode,"
                + " a.name, a.nameCy) FROM PolicingBodyTerm t JOIN t.pfa a WHERE t.body.id IN :orgs"
                + TERM_IN_FORCE
                + " ORDER BY a.name",
            AreaName.class)
        .setParameter("orgs", bodyIds)
        .setParameter("day", day)
        .getResultList();
  }

  /** Every force area, by name. */
  public List<AreaName> forceAreas() {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.partnership.registry.AreaName(a.gssCode, a.name,"
                + " a.nameCy) FROM Area a WHERE a.type = :type ORDER BY a.name",
            AreaName.class)
        .setParameter("type", AreaType.POLICE_FORCE_AREA)
        .getResultList();
  }

  /** The CSPs whose force area these organisations hold PCC functions in, in the vintage. */
  public List<Long> cspsGovernedBy(Collection<Long> bodyIds, long vintageId, LocalDate day) {
    return em.createQuery(
            "SELECT p.csp.id FROM CspPlacement p, PolicingBodyTerm t WHERE t.body.id IN :orgs"
                + " AND p.pfa = t.pfa AND p.vintage.id = :vintage"
                + TERM_IN_FORCE,
            Long.class)
        .setParameter("orgs", bodyIds)
        .setParameter("vintage", vintageId)
        .setParameter("day", day)
        .getResultList();
  }

  /** The CSPs in the force areas of these police forces, in the vintage. */
  public List<Long> cspsPolicedBy(Collection<Long> organisationIds, long vintageId) {
    return em.createQuery(
            "SELECT p.csp.id FROM CspPlacement p, Organisation o WHERE o.id IN :orgs"
                + " AND o.type = :type AND p.pfa = o.area AND p.vintage.id = :vintage",
            Long.class)
        .setParameter("orgs", organisationIds)
        .setParameter("type", OrganisationType.POLICE_FORCE)
        .setParameter("vintage", vintageId)
        .getResultList();
  }

  /** The CSPs covering the areas of these councils, in the vintage. */
  public List<Long> cspsOfCouncils(Collection<Long> organisationIds, long vintageId) {
    return em.createQuery(
            "SELECT m.csp.id FROM AreaMapping m, Organisation o WHERE o.id IN :orgs"
                + " AND o.type = :type AND m.lad = o.area AND m.vintage.id = :vintage",
            Long.class)
        .setParameter("orgs", organisationIds)
        .setParameter("type", OrganisationType.COUNCIL)
        .setParameter("vintage", vintageId)
        .getResultList();
  }

  /**
   * The district or unitary council(s) of the CSP in the vintage in force on the day: "the council"
   * of ASB work is the local council, not the county, so county members are not among them.
   */
  public List<Long> councilsOf(long cspId, LocalDate day) {
    return em.createQuery(
            "SELECT DISTINCT o.id FROM AreaMapping m, Organisation o WHERE m.csp.id = :csp"
                + " AND o.area = m.lad AND o.type = :type AND m.vintage.validFrom ="
                + " (SELECT MAX(v.validFrom) FROM RegistryVintage v WHERE v.validFrom <= :day)",
            Long.class)
        .setParameter("csp", cspId)
        .setParameter("type", OrganisationType.COUNCIL)
        .setParameter("day", day)
        .getResultList();
  }

  /**
   * The CSP's members of the type (loaded from the ONS lookups or added by an administrator), by
   * name: the social landlords a victim may rent from, for instance.
   */
  public List<OrganisationName> membersOfType(long cspId, OrganisationType type) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.partnership.OrganisationName(o.id, o.name, o.nameCy)"
                + " FROM CspMembership m JOIN m.organisation o WHERE m.csp.id = :csp"
                + " AND o.type = :type ORDER BY o.name",
            OrganisationName.class)
        .setParameter("csp", cspId)
        .setParameter("type", type)
        .getResultList();
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

  /**
   * The CSPs of the vintage with their force areas, by force area then CSP name; narrowed to one
   * force area (by id or code) or one CSP (by code) when given.
   */
  public List<Placement> placements(
      RegistryVintage vintage, Long pfaId, String pfaCode, String cspCode) {
    TypedQuery<Placement> query =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.partnership.Placement(c.id, c.gssCode,"
                    + " c.name, c.nameCy, f.id, f.gssCode, f.name, f.nameCy)"
                    + " FROM CspPlacement p JOIN p.csp c JOIN p.pfa f WHERE p.vintage = :vintage"
                    + (pfaId == null ? "" : " AND f.id = :pfaId")
                    + (pfaCode == null ? "" : " AND f.gssCode = :pfaCode")
                    + (cspCode == null ? "" : " AND c.gssCode = :cspCode")
                    + " ORDER BY f.name, c.name",
                Placement.class)
            .setParameter("vintage", vintage);
    if (pfaId != null) {
      query.setParameter("pfaId", pfaId);
    }
    if (pfaCode != null) {
      query.setParameter("pfaCode", pfaCode);
    }
    if (cspCode != null) {
      query.setParameter("cspCode", cspCode);
    }
    return query.getResultList();
  }
}
