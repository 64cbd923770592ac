package org.saferpartnerships.casereview.complaints;

/** Whether one complaint counts towards the threshold, and if not, why not. */
public enum ComplaintOutcome {
  /** Counts. */
  QUALIFIES,
  /** Reported after the application was received: it belongs to a later application. */
  AFTER_APPLICATION,
  /**
   * The application was made after the months beginning with the day of the complaint (six, or more
   * where the local procedure allows) had ended.
   */
  OUTSIDE_WINDOW,
  /** Reported after the month (or more, locally) beginning with the day of the behaviour. */
  REPORTED_TOO_LATE,
  /**
   * The same incident, reported by the same person on another occasion or to another agency: one
   * incident counts once, unless the coordinator marks the report as a separate incident.
   */
  SAME_INCIDENT
}
