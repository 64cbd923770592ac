package org.saferpartnerships.casereview.threshold;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Threshold rules: the one in force for a CSP on a day (its own latest from that day or before,
 * else the national default), the rules of a CSP for the admin page, and adding a rule, which takes
 * effect from a day no earlier than today so that no application already received changes rule.
 */
@Stateless
@PermitAll
public class ThresholdRuleService {

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AreaRepository areas;

  public ThresholdRule inForce(Area csp, LocalDate on) {
    return latest("r.csp = :csp", csp, on)
        .or(() -> latest("r.csp IS NULL", null, on))
        .orElseThrow(() -> new ServiceException("thresholdRule.none", csp.getGssCode(), on));
  }

  private Optional<ThresholdRule> latest(String whose, Area csp, LocalDate on) {
    TypedQuery<ThresholdRule> query =
        em.createQuery(
            "SELECT r FROM ThresholdRule r WHERE "
                + whose
                + " AND r.validFrom <= :on ORDER BY r.validFrom DESC, r.id DESC",
            ThresholdRule.class);
    if (csp != null) {
      query.setParameter("csp", csp);
    }
    return query.setParameter("on", on).setMaxResults(1).getResultStream().findFirst();
  }

  /** The CSP's own rules and the national ones, newest first. */
  public List<ThresholdRuleSummary> rulesFor(String cspCode) {
    Area csp = areas.csp(cspCode);
    caller.get().checkSettingsOf(csp.getId());
    LocalDate today = LocalDate.now(clock);
    Long current = inForce(csp, today).getId();
    return em.createQuery(
            "SELECT r FROM ThresholdRule r LEFT JOIN r.csp c WHERE c = :csp OR c IS NULL"
                + " ORDER BY r.validFrom DESC, r.id DESC",
            ThresholdRule.class)
        .setParameter("csp", csp)
        .getResultStream()
        .sorted(Comparator.comparing(rule -> rule.getCsp() == null)) // the CSP's own first
        .map(rule -> ThresholdRuleSummary.of(rule, rule.getId().equals(current)))
        .toList();
  }

  /**
   * The procedure a partnership publishes, as anyone may read it: the rule in force today, its
   * threshold held to the Act, and what was published with it. A partnership with no rule of its
   * own publishes the national default's.
   */
  public PublishedProcedure published(String cspCode) {
    Area csp = areas.csp(cspCode);
    ThresholdRule rule = inForce(csp, LocalDate.now(clock));
    ProcedureText text = rule.procedure();
    return new PublishedProcedure(
        csp.getGssCode(),
        csp.getName(),
        csp.getNameCy(),
        rule.getValidFrom(),
        rule.terms().lawful(),
        text.procedureEn(),
        text.procedureCy(),
        text.contactName(),
        text.contactEmail(),
        text.contactPhone(),
        rule.getCsp() == null);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public long add(@NotNull @Valid ThresholdRuleRequest request) {
    Area csp = areas.csp(request.cspCode());
    LocalDate today = LocalDate.now(clock);
    if (request.validFrom().isBefore(today)) {
      throw new ServiceException("thresholdRule.validFromPast", today);
    }
    ThresholdTerms terms;
    try {
      terms = request.terms();
    } catch (IllegalArgumentException e) {
      throw new ServiceException("thresholdRule.terms");
    }
    if (terms.breachOfLaw() != null) {
      throw new ServiceException(terms.breachOfLaw());
    }
    ThresholdRule rule =
        new ThresholdRule(
                csp, request.validFrom(), terms, request.note(), clock.instant(), caller.username())
            .withProcedure(request.procedure());
    em.persist(rule);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.CREATE,
        "THRESHOLD_RULE",
        String.valueOf(rule.getId()),
        csp.getId(),
        "from " + request.validFrom());
    return rule.getId();
  }
}
