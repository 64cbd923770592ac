package org.saferpartnerships.submission;

import java.io.Serializable;

/** The list's filters; each left empty adds nothing. */
public record SubmissionFilter(
    String cspCode,
    String pfaCode,
    SubmissionType type,
    Integer financialYear,
    SubmissionState state,
    Due due)
    implements Serializable {

  /**
   * Submissions still to send (never sent, or returned for changes) whose due date (the grant's
   * monitoring date, the report request's, or the policing body's calendar) has passed, or falls in
   * the next 30 days.
   */
  public enum Due {
    OVERDUE,
    NEXT_30_DAYS
  }

  public SubmissionFilter(
      String cspCode,
      String pfaCode,
      SubmissionType type,
      Integer financialYear,
      SubmissionState state) {
    this(cspCode, pfaCode, type, financialYear, state, null);
  }

  public static SubmissionFilter none() {
    return new SubmissionFilter(null, null, null, null, null, null);
  }
}
