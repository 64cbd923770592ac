package org.saferpartnerships.casereview.complaints;

/** Whether one complaint counts towards the threshold, and if not, why not. */
public enum ComplaintOutcome {
  /** Counts. */
  QUALIFIES,
  /** Reported after the application was received: it belongs to a later application. */
  AFTER_APPLICATION,
  /** Reported before the window that ends on the day the application was received. */
  OUTSIDE_WINDOW,
  /** Reported more than the reporting lag after the incident. */
  REPORTED_TOO_LATE,
  /** The same incident, by the same person, as a complaint to another agency: it counts once. */
  SAME_INCIDENT
}
