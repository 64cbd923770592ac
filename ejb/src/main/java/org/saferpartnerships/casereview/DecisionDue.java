package org.saferpartnerships.casereview;

import java.time.LocalDate;

/**
 * Cases whose threshold decision is still to make, by when it is due: already past its date, or due
 * in the seven days from today. The coordinator's home page counts each and links to the list
 * filtered by it.
 */
public enum DecisionDue {
  OVERDUE,
  THIS_WEEK;

  /** The first day of the window (inclusive), or null for no lower bound. */
  LocalDate from(LocalDate today) {
    return this == OVERDUE ? null : today;
  }

  /** The last day of the window (inclusive). */
  LocalDate to(LocalDate today) {
    return this == OVERDUE ? today.minusDays(1) : today.plusDays(6);
  }
}
