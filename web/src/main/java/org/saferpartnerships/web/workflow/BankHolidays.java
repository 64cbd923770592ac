package org.saferpartnerships.web.workflow;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.sla.BankHoliday;
import org.saferpartnerships.workflow.sla.CalendarService;

/**
 * The bank-holiday calendar for administrators (admin/bank-holidays.xhtml): a year's holidays in
 * English and Welsh, adding a proclaimed day, removing one. Deadlines already given do not move.
 */
@Named
@ViewScoped
public class BankHolidays implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CalendarService calendar;

  @Inject private transient PageMessages messages;

  private int year = LocalDate.now().getYear();
  private LocalDate date;
  private String name;
  private String nameCy;
  private transient List<BankHoliday> holidays;

  public List<BankHoliday> getHolidays() {
    if (holidays == null) {
      holidays = calendar.holidays(year);
    }
    return holidays;
  }

  public List<Integer> getYears() {
    return calendar.years();
  }

  public void show() {
    holidays = null;
  }

  @ShowsRefusal("holiday:date")
  public void add() {
    if (name == null || name.isBlank() || nameCy == null || nameCy.isBlank()) {
      messages.error("holiday:name", "bankHolidays.namesRequired");
      return;
    }
    calendar.add(date, name, nameCy);
    messages.info("bankHolidays.added", name);
    year = date.getYear();
    date = null;
    name = null;
    nameCy = null;
    holidays = null;
  }

  @ShowsRefusal
  public void remove(BankHoliday holiday) {
    calendar.remove(holiday.getId(), holiday.getVersion());
    messages.info("bankHolidays.removed", holiday.getName());
    holidays = null;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameCy() {
    return nameCy;
  }

  public void setNameCy(String nameCy) {
    this.nameCy = nameCy;
  }
}
