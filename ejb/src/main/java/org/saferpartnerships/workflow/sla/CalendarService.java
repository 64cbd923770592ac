package org.saferpartnerships.workflow.sla;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.time.ClockProducer;

/**
 * The bank-holiday calendar: read by every clock calculation, edited by administrators. Due dates
 * already worked out are not moved by an edit: the calendar applies to clocks started (or resumed)
 * after it, so a deadline a partner was given does not shift under them.
 */
@Stateless
public class CalendarService {

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @PermitAll
  public BusinessCalendar calendar() {
    return new BusinessCalendar(
        em.createQuery("SELECT h.date FROM BankHoliday h", LocalDate.class).getResultList());
  }

  @PermitAll
  public List<BankHoliday> holidays(int year) {
    return em.createQuery(
            "SELECT h FROM BankHoliday h WHERE h.date >= :from AND h.date < :to ORDER BY h.date",
            BankHoliday.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year + 1, 1, 1))
        .getResultList();
  }

  @PermitAll
  public List<Integer> years() {
    return em
        .createQuery("SELECT h.date FROM BankHoliday h", LocalDate.class)
        .getResultList()
        .stream()
        .map(LocalDate::getYear)
        .distinct()
        .sorted()
        .toList();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public long add(@NotNull LocalDate date, String name, String nameCy) {
    checkFree(date, null);
    BankHoliday holiday = new BankHoliday(date, name, nameCy, clock.instant(), caller.username());
    em.persist(holiday);
    em.flush();
    record(AuditAction.CREATE, holiday.getId(), date + " " + name);
    return holiday.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void change(long id, @NotNull LocalDate date, String name, String nameCy, long version) {
    BankHoliday holiday = current(id, version);
    checkFree(date, id);
    holiday.change(date, name, nameCy, clock.instant(), caller.username());
    em.flush();
    record(AuditAction.UPDATE, id, date + " " + name);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void remove(long id, long version) {
    BankHoliday holiday = current(id, version);
    em.remove(holiday);
    record(AuditAction.UPDATE, id, "removed " + holiday.getDate());
  }

  private void record(AuditAction action, long id, String detail) {
    audit.record(caller.username(), action, "BANK_HOLIDAY", String.valueOf(id), null, detail);
  }

  private BankHoliday current(long id, long version) {
    BankHoliday holiday = em.find(BankHoliday.class, id);
    if (holiday == null) {
      throw new NotFoundException("notFound.bankHoliday");
    }
    if (holiday.getVersion() != version) {
      throw new ConflictException("stale.bankHoliday", holiday.getName());
    }
    return holiday;
  }

  private void checkFree(LocalDate date, Long except) {
    if (date.getYear() < 2000 || date.getYear() > 2100) {
      throw new ServiceException("bankHoliday.yearRange");
    }
    List<BankHoliday> same =
        em.createQuery("SELECT h FROM BankHoliday h WHERE h.date = :date", BankHoliday.class)
            .setParameter("date", date)
            .getResultList();
    if (same.stream().anyMatch(h -> !h.getId().equals(except))) {
      throw new ConflictException(
          "bankHoliday.duplicate",
          java.util.Date.from(date.atStartOfDay(ClockProducer.LONDON).toInstant()),
          same.get(0).getName());
    }
  }
}
