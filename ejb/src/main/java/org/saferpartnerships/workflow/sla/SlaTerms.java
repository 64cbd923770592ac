package org.saferpartnerships.workflow.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of one SLA policy revision, kept apart from the entity so it can be tested with a
 * table of dates. A due date counted in calendar days that falls on a weekend or bank holiday moves
 * to the next working day (nobody can be expected to act on Christmas Day). Warnings and escalation
 * steps always count working days. A pause does not count: on resume the due date moves on by the
 * days the pause took (working or calendar, as the policy counts), from the day it began up to the
 * day before it ended. Work received on a weekend or bank holiday counts from the next working day.
 */
public record SlaTerms(DayKind dayKind, int dueDays, int warnDays) {

  public SlaTerms {
    if (dayKind == null || dueDays < 0 || warnDays < 0) {
      throw new IllegalArgumentException("invalid SLA terms");
    }
  }

  public LocalDate dueOn(LocalDate start, BusinessCalendar calendar) {
    return dayKind == DayKind.WORKING
        ? calendar.addWorkingDays(calendar.onOrAfter(start), dueDays)
        : calendar.onOrAfter(start.plusDays(dueDays));
  }

  /**
   * The day the holder is warned: warnDays working days before the due date, never before start.
   */
  public LocalDate warnOn(LocalDate start, LocalDate due, BusinessCalendar calendar) {
    LocalDate warn = calendar.subtractWorkingDays(due, warnDays);
    return warn.isBefore(start) ? start : warn;
  }

  /** The due date once a pause from {@code pausedOn} to {@code resumedOn} is taken out. */
  public LocalDate dueAfterPause(
      LocalDate due, LocalDate pausedOn, LocalDate resumedOn, BusinessCalendar calendar) {
    if (!resumedOn.isAfter(pausedOn)) {
      return due;
    }
    if (dayKind == DayKind.WORKING) {
      return calendar.addWorkingDays(due, calendar.workingDaysBetween(pausedOn, resumedOn));
    }
    return calendar.onOrAfter(due.plusDays(ChronoUnit.DAYS.between(pausedOn, resumedOn)));
  }

  /**
   * The day escalation step with {@code afterDays} happens: the first day of breach (the working
   * day after the due date) plus afterDays working days.
   */
  public static LocalDate escalationOn(LocalDate due, int afterDays, BusinessCalendar calendar) {
    return calendar.addWorkingDays(calendar.addWorkingDays(due, 1), afterDays);
  }
}
