package org.saferpartnerships.casereview.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.time.MinutePassed;

/**
 * Retention of case reviews' personal data: the years each CSP keeps a closed case (else the
 * default), set by administrators, and the scheduled job that anonymises closed cases once their
 * years have passed (see {@link RetentionBatch}).
 */
@Stateless
public class RetentionService {

  static final int MIN_YEARS = 1;
  static final int MAX_YEARS = 100;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AreaRepository areas;

  @EJB private AuditLog audit;

  @EJB private RetentionBatch batches;

  /** Once a minute: anonymises whatever is due (nothing, almost always, found by an index). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onMinute(@Observes MinutePassed minute) {
    anonymiseDue();
  }

  /** Anonymises every closed case (and logged victim) past its retention; returns how many. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int anonymiseDue() {
    int total = 0;
    RetentionBatch.Progress progress = new RetentionBatch.Progress(0, 0, 0);
    do {
      progress = batches.anonymise(RetentionBatch.SIZE, progress.lastId());
      total += progress.anonymised();
    } while (progress.claimed() == RetentionBatch.SIZE);
    progress = new RetentionBatch.Progress(0, 0, 0);
    do {
      progress = batches.anonymiseVictims(RetentionBatch.SIZE, progress.lastId());
      total += progress.anonymised();
    } while (progress.claimed() == RetentionBatch.SIZE);
    return total;
  }

  /** The years a CSP keeps closed cases: its own rule, else the default. */
  @PermitAll
  public int yearsFor(String cspCode) {
    return setting(cspCode).years();
  }

  /**
   * The CSP's retention as an editor needs it: the years, whether they are its own, who set them
   * and when, and the version to send back with a change. Read by those scoped to the CSP and
   * administrators.
   */
  @PermitAll
  public RetentionSetting setting(String cspCode) {
    Area csp = areas.csp(cspCode);
    caller.get().checkSettingsOf(csp.getId());
    Optional<RetentionRule> own = own(csp);
    return own.map(rule -> RetentionSetting.of(csp.getGssCode(), rule))
        .orElseGet(
            () ->
                new RetentionSetting(
                    csp.getGssCode(), RetentionRules.load(em).get(null), false, 0, null, null));
  }

  /**
   * Sets the CSP's years, if nobody changed them since {@code version} was read (0 when the CSP had
   * no rule of its own); a stale change is refused saying what is there now.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public RetentionSetting setYears(String cspCode, int years, long version) {
    if (years < MIN_YEARS || years > MAX_YEARS) {
      throw new ServiceException("retention.years", MIN_YEARS, MAX_YEARS);
    }
    Area csp = areas.csp(cspCode);
    Optional<RetentionRule> own = own(csp);
    long current = own.map(RetentionRule::getVersion).orElse(0L);
    if (current != version) {
      RetentionRule rule = own.orElseThrow(() -> new ConflictException("stale.retentionGone"));
      throw new ConflictException(
          "stale.retention",
          rule.getYearsAfterClosure(),
          rule.getUpdatedBy(),
          java.util.Date.from(rule.getUpdatedAt()));
    }
    int before =
        own.map(RetentionRule::getYearsAfterClosure).orElse(RetentionRules.load(em).get(null));
    if (own.isEmpty()) {
      em.persist(new RetentionRule(csp, years, clock.instant(), caller.username()));
    } else {
      own.get().set(years, clock.instant(), caller.username());
    }
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        "RETENTION",
        csp.getGssCode(),
        csp.getId(),
        before + " to " + years + " years");
    return setting(cspCode);
  }

  private Optional<RetentionRule> own(Area csp) {
    return em.createQuery("SELECT r FROM RetentionRule r WHERE r.csp = :csp", RetentionRule.class)
        .setParameter("csp", csp)
        .getResultStream()
        .findFirst();
  }
}
