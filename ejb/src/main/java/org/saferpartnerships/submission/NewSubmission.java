package org.saferpartnerships.submission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What starting a submission needs; a grant monitoring return names its grant, a reply the report
 * request it answers.
 */
public record NewSubmission(
    @NotBlank(message = "{submission.csp.required}") String cspCode,
    @NotNull(message = "{submission.type.required}") SubmissionType type,
    @Min(value = 2012, message = "{submission.year.range}")
        @Max(value = 2100, message = "{submission.year.range}")
        int financialYear,
    @NotBlank(message = "{submission.title.required}")
        @Size(max = 200, message = "{submission.title.size}")
        String title,
    Long grantId,
    Long reportRequestId)
    implements Serializable {

  /** A submission tied to neither a grant nor a report request. */
  public NewSubmission(String cspCode, SubmissionType type, int financialYear, String title) {
    this(cspCode, type, financialYear, title, null, null);
  }
}
