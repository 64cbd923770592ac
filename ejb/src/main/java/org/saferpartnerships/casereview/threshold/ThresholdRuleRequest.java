package org.saferpartnerships.casereview.threshold;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new threshold rule for a CSP, from a day on, with the procedure published with it. */
public record ThresholdRuleRequest(
    @NotBlank(message = "{caseReview.csp.required}") String cspCode,
    @NotNull(message = "{thresholdRule.validFrom.required}") LocalDate validFrom,
    @Min(value = 1, message = "{thresholdRule.complaints.range}")
        @Max(
            value = ThresholdTerms.STATUTORY_COMPLAINTS,
            message = "{thresholdRule.law.complaints}")
        int complaintsRequired,
    @Min(value = ThresholdTerms.STATUTORY_WINDOW_MONTHS, message = "{thresholdRule.law.window}")
        @Max(value = 24, message = "{thresholdRule.window.range}")
        int windowMonths,
    @Min(value = ThresholdTerms.STATUTORY_REPORT_MONTHS, message = "{thresholdRule.law.lag}")
        @Max(value = 12, message = "{thresholdRule.lag.range}")
        int reportLagMonths,
    @Min(value = 2, message = "{thresholdRule.location.range}")
        @Max(value = 50, message = "{thresholdRule.location.range}")
        Integer locationReportsRequired,
    @Min(value = 1, message = "{thresholdRule.reporters.range}")
        @Max(value = 50, message = "{thresholdRule.reporters.range}")
        int locationReportersRequired,
    boolean hateIncidentMeets,
    boolean discretionAllowed,
    @Size(max = 1000, message = "{thresholdRule.note.size}") String note,
    @Valid ProcedureText procedure) {

  public ThresholdTerms terms() {
    return new ThresholdTerms(
        complaintsRequired,
        windowMonths,
        reportLagMonths,
        locationReportsRequired,
        locationReportersRequired,
        hateIncidentMeets,
        discretionAllowed);
  }
}
