package org.saferpartnerships.accountability.grants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.ForceAreas;

/**
 * The register of crime and disorder reduction grants (PRSRA 2011 s9): a policing body's office
 * records what it gave, to whom, for what and on what conditions, and what was repaid. The register
 * is published (DOMAIN.md section 2), so anyone signed in may read the grants of the force areas of
 * their CSPs, and national roles every force area's.
 */
@Stateless
@RolesAllowed({
  Role.Names.CSP_COORDINATOR,
  Role.Names.PCC_REVIEWER,
  Role.Names.PARTNER_OFFICER,
  Role.Names.HOME_OFFICE_ANALYST,
  Role.Names.ADMIN
})
public class GrantService {

  static final String SUBJECT = "crime_grant";

  private static final Map<String, String> SORTS =
      Map.of(
          "awarded", "g.awardedOn",
          "amount", "g.amount",
          "recipient", "g.recipient",
          "year", "g.financialYear",
          "id", "g.id");

  private static final String VIEW =
      "SELECT NEW org.saferpartnerships.accountability.grants.GrantView(g.id, p.gssCode, p.name, b.name,"
          + " b.nameCy, c.gssCode, c.name, c.nameCy, g.recipient, g.purpose, g.amount,"
          + " g.financialYear, g.awardedOn, g.conditions, g.monitoringDueOn, g.repaidAmount,"
          + " g.repaymentNote, g.version)"
          + " FROM CrimeGrant g JOIN g.pfa p JOIN g.body b LEFT JOIN g.csp c";

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

  @EJB private ForceAreas forceAreas;

  @EJB private AreaRepository areas;

  @EJB private Registry registry;

  /** One page of the grants the caller may read, for a force area and year when given. */
  public Page<GrantView> list(String pfaCode, Integer financialYear, @NotNull PageRequest page) {
    JpqlConditions where = filtered(pfaCode, financialYear);
    long total =
        where
            .bind(
                em.createQuery(
                    "SELECT COUNT(g) FROM CrimeGrant g JOIN g.pfa p" + where.where(), Long.class))
            .getSingleResult();
    String sort = SORTS.getOrDefault(page.sort() == null ? "" : page.sort(), "g.awardedOn");
    List<GrantView> rows =
        where
            .bind(
                em.createQuery(
                    VIEW
                        + where.where()
                        + " ORDER BY "
                        + sort
                        + (page.sort() == null || page.descending() ? " DESC" : " ASC")
                        + ", g.id DESC",
                    GrantView.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(rows, total);
  }

  /** The sum of the grants a page of the list is drawn from (same filters). */
  public BigDecimal total(String pfaCode, Integer financialYear) {
    JpqlConditions where = filtered(pfaCode, financialYear);
    BigDecimal sum =
        where
            .bind(
                em.createQuery(
                    "SELECT SUM(g.amount) FROM CrimeGrant g JOIN g.pfa p" + where.where(),
                    BigDecimal.class))
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO : sum;
  }

  public GrantView get(long id) {
    JpqlConditions where = readable(new JpqlConditions()).and("g.id = :id", Map.of("id", id));
    return where
        .bind(em.createQuery(VIEW + where.where(), GrantView.class))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("notFound.grant", id));
  }

  /** Whether the caller may record grants for the force area (its policing body's reviewers). */
  public boolean mayRecord(String pfaCode) {
    return forceAreas.governs(caller.get(), forceAreas.forceArea(pfaCode).getId());
  }

  /** The grants of a CSP the caller coordinates, for starting a monitoring return. */
  public List<GrantView> ofCsp(String cspCode) {
    JpqlConditions where =
        readable(new JpqlConditions())
            .and("c.gssCode = :csp", Map.of("csp", AreaRepository.normalise(cspCode)));
    return where
        .bind(em.createQuery(VIEW + where.where() + " ORDER BY g.awardedOn DESC", GrantView.class))
        .setMaxResults(200)
        .getResultList();
  }

  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public long create(@NotNull @Valid GrantRequest request) {
    Area pfa = governed(request.pfaCode());
    List<Long> bodies = forceAreas.bodiesOf(pfa.getId());
    if (bodies.isEmpty()) {
      throw new ServiceException("grant.noPolicingBody", pfa.getGssCode());
    }
    Scope scope = caller.get();
    long bodyId =
        bodies.stream().filter(scope.organisationIds()::contains).findFirst().orElse(bodies.get(0));
    Instant now = clock.instant();
    CrimeGrant grant =
        new CrimeGrant(pfa, em.find(Organisation.class, bodyId), now, scope.username());
    grant.fill(checked(request, pfa), recipientCsp(request, pfa), now, scope.username());
    em.persist(grant);
    em.flush();
    audit.record(
        scope.username(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(grant.getId()),
        grant.getCsp() == null ? null : grant.getCsp().getId(),
        request.recipient() + " " + request.amount());
    return grant.getId();
  }

  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public void update(long id, @NotNull @Valid GrantRequest request) {
    CrimeGrant grant = em.find(CrimeGrant.class, id);
    if (grant == null || !forceAreas.governs(caller.get(), grant.getPfa().getId())) {
      throw new NotFoundException("notFound.grant", id);
    }
    if (!grant.getPfa().getGssCode().equals(AreaRepository.normalise(request.pfaCode()))) {
      throw new ServiceException("grant.pfaFixed");
    }
    if (request.version() == null || request.version() != grant.getVersion()) {
      throw new ConflictException("stale.grant", id);
    }
    Instant now = clock.instant();
    grant.fill(
        checked(request, grant.getPfa()),
        recipientCsp(request, grant.getPfa()),
        now,
        caller.username());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.grant", id);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConflictException("stale.grant", id);
      }
      throw e;
    }
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(id),
        grant.getCsp() == null ? null : grant.getCsp().getId(),
        request.recipient() + " " + request.amount());
  }

  private GrantRequest checked(GrantRequest request, Area pfa) {
    if (request.monitoringDueOn() != null
        && request.monitoringDueOn().isBefore(request.awardedOn())) {
      throw new ServiceException("grant.monitoringBeforeAward");
    }
    if (request.repaidAmount() != null && request.repaidAmount().compareTo(request.amount()) > 0) {
      throw new ServiceException("grant.repaidMoreThanAmount");
    }
    return request;
  }

  private Area recipientCsp(GrantRequest request, Area pfa) {
    if (request.cspCode() == null || request.cspCode().isBlank()) {
      return null;
    }
    Area csp =
        areas
            .find(request.cspCode(), AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "notFound.csp", AreaRepository.normalise(request.cspCode())));
    boolean inArea = registry.everPlaced(csp.getId(), pfa.getId());
    if (!inArea) {
      throw new ServiceException("grant.cspOutsideArea", csp.getGssCode(), pfa.getGssCode());
    }
    return csp;
  }

  private Area governed(String pfaCode) {
    Area pfa = forceAreas.forceArea(pfaCode);
    if (!forceAreas.governs(caller.get(), pfa.getId())) {
      throw new NotFoundException("notFound.forceArea", pfa.getGssCode());
    }
    return pfa;
  }

  /** The grants the caller may read, of a force area and year when given. */
  private JpqlConditions filtered(String pfaCode, Integer financialYear) {
    JpqlConditions where = readable(new JpqlConditions());
    if (pfaCode != null && !pfaCode.isBlank()) {
      where.and("p.id = :pfa", Map.of("pfa", forceAreas.forceArea(pfaCode).getId()));
    }
    return where.andIf(financialYear, "g.financialYear = :year", "year");
  }

  private JpqlConditions readable(JpqlConditions where) {
    Scope scope = caller.get();
    if (scope.national()) {
      return where;
    }
    Set<Long> pfas = new java.util.HashSet<>(forceAreas.forceAreasOf(scope));
    if (pfas.isEmpty()) {
      return where.and("1 = 0", Map.of());
    }
    return where.and("g.pfa.id IN :scopePfas", Map.of("scopePfas", pfas));
  }
}
