package org.saferpartnerships.consultation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.saferpartnerships.consultation.responses.Answers;

/**
 * A question to add: an optional code (Q1, Q2... by position if none), its text, its kind, and for
 * single and multiple choice its options (two to fifty, each label in English and optionally
 * Welsh).
 */
public record QuestionRequest(
    @Size(max = 40) String code,
    @NotBlank @Size(max = 1000) String textEn,
    @Size(max = 1000) String textCy,
    @NotNull QuestionKind kind,
    List<QuestionKind.Label> optionLabels) {

  public QuestionRequest {
    optionLabels = optionLabels == null ? List.of() : List.copyOf(optionLabels);
  }

  @AssertTrue(message = "{consultation.question.options}")
  public boolean isOptionsFitKind() {
    if (kind == null) {
      return true;
    }
    if (!kind.takesOptions()) {
      return optionLabels.isEmpty();
    }
    if (optionLabels.size() < 2 || optionLabels.size() > 50) {
      return false;
    }
    return optionLabels.stream()
        .allMatch(
            l ->
                l != null
                    && l.en() != null
                    && !l.en().isBlank()
                    && l.en().strip().length() <= 300
                    && (l.cy() == null || l.cy().strip().length() <= 300));
  }

  @AssertTrue(message = "{consultation.question.optionsRepeated}")
  public boolean isOptionsDistinct() {
    List<String> labels =
        optionLabels.stream()
            .filter(l -> l != null && l.en() != null)
            .map(l -> Answers.normalise(l.en()))
            .toList();
    return labels.stream().distinct().count() == labels.size();
  }
}
