package org.saferpartnerships.casereview;

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
import java.util.List;
import java.util.Map;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.Area;
import org.saferpartnerships.partnership.AreaRepository;
import org.saferpartnerships.platform.MinutePassed;
import org.saferpartnerships.platform.ServiceException;

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
    Area csp = areas.csp(cspCode);
    Map<Long, Integer> years = RetentionRules.load(em);
    return years.getOrDefault(csp.getId(), years.get(null));
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void setYears(String cspCode, int years) {
    if (years < MIN_YEARS || years > MAX_YEARS) {
      throw new ServiceException("retention.years", MIN_YEARS, MAX_YEARS);
    }
    Area csp = areas.csp(cspCode);
    List<RetentionRule> found =
        em.createQuery("SELECT r FROM RetentionRule r WHERE r.csp = :csp", RetentionRule.class)
            .setParameter("csp", csp)
            .getResultList();
    if (found.isEmpty()) {
      em.persist(new RetentionRule(csp, years, clock.instant(), caller.username()));
    } else {
      found.get(0).set(years, clock.instant(), caller.username());
    }
    em.flush();
  }
}
