package org.saferpartnerships.casereview.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A new risk form for a CSP, in force from a day no earlier than today. */
public record RiskFormRequest(
    @NotBlank String cspCode,
    @NotNull LocalDate validFrom,
    @Size(max = 1000) String note,
    @NotNull @Size(min = 1, max = 40) List<@NotNull @Valid Question> questions,
    @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid RiskBandTerms> bands) {

  public record Question(
      @NotBlank @Size(max = 500) String textEn,
      @NotBlank @Size(max = 500) String textCy,
      @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Option> options) {}

  public record Option(
      @NotBlank @Size(max = 200) String labelEn,
      @NotBlank @Size(max = 200) String labelCy,
      @Min(0) @Max(100) int score) {}
}
