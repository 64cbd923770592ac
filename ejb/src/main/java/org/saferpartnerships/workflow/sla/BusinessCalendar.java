package org.saferpartnerships.workflow.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Counting follows how
 * deadlines are written ("within 10 working days of receipt"): the day something starts is day
 * zero, and the due date is the tenth working day after it.
 */
public final class BusinessCalendar {

  private final Set<LocalDate> holidays;

  public BusinessCalendar(Collection<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The day itself if it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  /**
   * The {@code days}-th working day after {@code start} ({@code start} itself is not counted); for
   * zero, {@code start} or the next working day.
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      return subtractWorkingDays(start, -days);
    }
    if (days == 0) {
      return onOrAfter(start);
    }
    LocalDate day = start;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The {@code days}-th working day before {@code end}. */
  public LocalDate subtractWorkingDays(LocalDate end, int days) {
    LocalDate day = end;
    int left = days;
    while (left > 0) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * Working days in [from, to): how many working days a pause from {@code from} to {@code to} took.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
