package org.saferpartnerships.submission.due;

import java.time.LocalDate;

/**
 * Whether a submission came in time: sent on or before its due date, sent after it, not sent and
 * not yet due, not sent and overdue, or not tied to a due date.
 */
public enum Timeliness {
  ON_TIME,
  LATE,
  DUE,
  OVERDUE,
  NO_DUE_DATE;

  /** From the due date (null: none set), the day it was first sent (null: not yet) and today. */
  public static Timeliness of(LocalDate dueOn, LocalDate sentOn, LocalDate today) {
    if (dueOn == null) {
      return NO_DUE_DATE;
    }
    if (sentOn != null) {
      return sentOn.isAfter(dueOn) ? LATE : ON_TIME;
    }
    return today.isAfter(dueOn) ? OVERDUE : DUE;
  }

  /** The financial year (April to March) a day falls in, named by the year it starts. */
  public static int financialYearOf(LocalDate day) {
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }
}
