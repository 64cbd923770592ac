package org.saferpartnerships.submission.due;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.submission.SubmissionType;

/**
 * The yearly calendar of a force area: when each kind of submission is due from its CSPs. The law
 * sets no dates (DOMAIN.md: local choice), so each policing body sets its own; a CSP's coordinator
 * reads the calendar of its force area.
 */
@Stateless
@RolesAllowed({
  Role.Names.CSP_COORDINATOR,
  Role.Names.PCC_REVIEWER,
  Role.Names.ADMIN,
  Role.Names.HOME_OFFICE_ANALYST
})
public class SubmissionCalendar {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

  @EJB private ForceAreas forceAreas;

  /** The area's dates for the year, in the order of the kinds of submission. */
  public List<DueView> dues(String pfaCode, int financialYear) {
    Area pfa = readable(pfaCode);
    return em.createQuery(
            "SELECT d FROM SubmissionDue d WHERE d.pfa.id = :pfa AND d.financialYear = :year",
            SubmissionDue.class)
        .setParameter("pfa", pfa.getId())
        .setParameter("year", financialYear)
        .getResultStream()
        .sorted(java.util.Comparator.comparing(SubmissionDue::getType))
        .map(SubmissionCalendar::view)
        .toList();
  }

  /** Sets (or moves) when a kind of submission is due; {@code version} guards a move. */
  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public void setDue(
      String pfaCode, SubmissionType type, int financialYear, LocalDate dueOn, Long version) {
    Area pfa = governed(pfaCode);
    if (type == null || !type.dueByCalendar()) {
      throw new ServiceException("calendar.type");
    }
    if (financialYear < 2012 || financialYear > 2100) {
      throw new ServiceException("calendar.year");
    }
    LocalDate start = LocalDate.of(financialYear, 4, 1);
    if (dueOn == null || dueOn.isBefore(start) || dueOn.isAfter(start.plusYears(2))) {
      throw new ServiceException("calendar.dueOn", start, start.plusYears(2));
    }
    Scope scope = caller.get();
    Instant now = clock.instant();
    SubmissionDue due = find(pfa.getId(), type, financialYear);
    if (due == null) {
      em.persist(new SubmissionDue(pfa, type, financialYear, dueOn, now, scope.username()));
    } else {
      if (version != null && version != due.getVersion()) {
        throw new ConflictException("stale.due", type);
      }
      due.moveTo(dueOn, now, scope.username());
    }
    em.flush();
    audit.record(
        scope.username(),
        AuditAction.UPDATE,
        "submission_due",
        pfa.getGssCode() + " " + financialYear + " " + type,
        null,
        "due " + dueOn);
  }

  /**
   * The calendar form: sets each date given and takes off the kinds left blank, all or nothing.
   * {@code versions} are those the form was drawn with (a date moved since is refused).
   */
  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public void setDues(
      String pfaCode,
      int financialYear,
      java.util.Map<SubmissionType, LocalDate> dates,
      java.util.Map<SubmissionType, Long> versions) {
    Area pfa = governed(pfaCode);
    for (SubmissionType type : SubmissionType.values()) {
      if (!type.dueByCalendar()) {
        continue;
      }
      LocalDate day = dates.get(type);
      SubmissionDue existing = find(pfa.getId(), type, financialYear);
      if (day != null) {
        if (existing == null || !existing.getDueOn().equals(day)) {
          setDue(pfaCode, type, financialYear, day, versions.get(type));
        }
      } else if (existing != null) {
        Long seen = versions.get(type);
        if (seen != null && seen != existing.getVersion()) {
          throw new ConflictException("stale.due", type);
        }
        removeDue(pfaCode, type, financialYear);
      }
    }
  }

  /** Takes a kind of submission off the year's calendar. */
  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public void removeDue(String pfaCode, SubmissionType type, int financialYear) {
    Area pfa = governed(pfaCode);
    SubmissionDue due = find(pfa.getId(), type, financialYear);
    if (due == null) {
      throw new NotFoundException("notFound.due", type, financialYear);
    }
    em.remove(due);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        "submission_due",
        pfa.getGssCode() + " " + financialYear + " " + type,
        null,
        "removed");
  }

  private SubmissionDue find(long pfaId, SubmissionType type, int year) {
    return em.createQuery(
            "SELECT d FROM SubmissionDue d WHERE d.pfa.id = :pfa AND d.type = :type"
                + " AND d.financialYear = :year",
            SubmissionDue.class)
        .setParameter("pfa", pfaId)
        .setParameter("type", type)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Area readable(String pfaCode) {
    Area pfa = forceAreas.forceArea(pfaCode);
    Scope scope = caller.get();
    if (scope.national()
        || forceAreas.governs(scope, pfa.getId())
        || forceAreas.forceAreasOf(scope).contains(pfa.getId())) {
      return pfa;
    }
    throw new NotFoundException("notFound.forceArea", pfa.getGssCode());
  }

  private Area governed(String pfaCode) {
    Area pfa = forceAreas.forceArea(pfaCode);
    if (!forceAreas.governs(caller.get(), pfa.getId())) {
      throw new NotFoundException("notFound.forceArea", pfa.getGssCode());
    }
    return pfa;
  }

  private static DueView view(SubmissionDue due) {
    return new DueView(
        due.getId(),
        due.getType(),
        due.getFinancialYear(),
        due.getDueOn(),
        due.getSetAt(),
        due.getSetBy(),
        due.getVersion());
  }
}
