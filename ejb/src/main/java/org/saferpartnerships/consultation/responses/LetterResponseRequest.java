package org.saferpartnerships.consultation.responses;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.consultation.imports.ResponseRowParser;

/**
 * A response received by letter or e-mail, typed in: an optional reference (the letter's, unique in
 * the consultation), the respondent's category and organisation, the day it arrived, and answers.
 */
public record LetterResponseRequest(
    @Size(max = ResponseRowParser.MAX_REFERENCE) String reference,
    Long categoryId,
    @Size(max = ResponseRowParser.MAX_ORGANISATION) String organisation,
    @PastOrPresent LocalDate receivedOn,
    @Valid List<@NotNull AnswerTerms> answers) {

  public LetterResponseRequest {
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  /** The answer to one question: the options chosen, or a text. */
  public record AnswerTerms(
      long questionId, List<Long> optionIds, @Size(max = ResponseRowParser.MAX_TEXT) String text) {
    public AnswerTerms {
      optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
    }
  }
}
