package org.saferpartnerships.submission;

import java.io.Serializable;

/** The list's filters; each left empty adds nothing. */
public record SubmissionFilter(
    String cspCode,
    String pfaCode,
    SubmissionType type,
    Integer financialYear,
    SubmissionState state)
    implements Serializable {

  public static SubmissionFilter none() {
    return new SubmissionFilter(null, null, null, null, null);
  }
}
