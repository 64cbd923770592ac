package org.saferpartnerships.casereview.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An assessment of a case: the option chosen for each question of the form in force. */
public record RiskAssessmentRequest(
    long version,
    @NotNull @Size(min = 1, max = 60) List<@NotNull @Valid Answer> answers,
    @Size(max = 2000) String note) {

  public record Answer(long questionId, long optionId) {}
}
