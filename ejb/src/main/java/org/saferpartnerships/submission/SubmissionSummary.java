package org.saferpartnerships.submission;

import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.submission.due.Timeliness;

/** A line of the submissions list. */
public record SubmissionSummary(
    long id,
    String cspCode,
    String cspName,
    String cspNameCy,
    String pfaCode,
    SubmissionType type,
    int financialYear,
    String title,
    SubmissionState state,
    LocalDate dueOn,
    LocalDate firstSubmittedOn,
    Timeliness timeliness,
    int versions,
    long openRecommendations)
    implements Serializable {

  public String reference() {
    return Submission.reference(id);
  }
}
