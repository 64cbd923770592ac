package org.saferpartnerships.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A new consultation. The owner is one of the organisations the caller acts for (administrators may
 * name any); with no categories given, the usual ones ({@link DefaultCategories}) are used.
 */
public record ConsultationRequest(
    @NotBlank @Size(max = 300) String titleEn,
    @Size(max = 300) String titleCy,
    @Size(max = 2000) String summary,
    Long ownerId,
    @NotNull LocalDate opensOn,
    @NotNull LocalDate closesOn,
    boolean asksOrganisation,
    @Valid List<@NotNull CategoryTerms> categories,
    @Valid @Size(max = 200) List<@NotNull QuestionRequest> questions) {

  public ConsultationRequest {
    categories = categories == null ? List.of() : List.copyOf(categories);
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  @AssertTrue(message = "{consultation.closesBeforeOpens}")
  public boolean isClosingAfterOpening() {
    return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
  }

  /** A respondent category: a short code and its labels. */
  public record CategoryTerms(
      @NotBlank @Size(max = 40) String code,
      @NotBlank @Size(max = 200) String labelEn,
      @Size(max = 200) String labelCy) {}
}
