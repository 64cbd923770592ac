package org.saferpartnerships.consultation.imports;

import java.util.List;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.QuestionKind;

/**
 * A consultation's questions, options and categories as plain values: what the import's parser
 * matches cells against, free of the persistence context.
 */
public record ConsultationShape(List<Question> questions, List<Category> categories) {

  public ConsultationShape {
    questions = List.copyOf(questions);
    categories = List.copyOf(categories);
  }

  /** A question and its options. */
  public record Question(
      long id, String code, String textEn, String textCy, QuestionKind kind, List<Option> options) {
    public Question {
      options = List.copyOf(options);
    }
  }

  /** An option of a closed question. */
  public record Option(long id, String labelEn, String labelCy) {}

  /** A respondent category. */
  public record Category(long id, String code, String labelEn, String labelCy) {}

  public static ConsultationShape of(Consultation consultation) {
    return new ConsultationShape(
        consultation.getQuestions().stream()
            .map(
                q ->
                    new Question(
                        q.getId(),
                        q.getCode(),
                        q.getTextEn(),
                        q.getTextCy(),
                        q.getKind(),
                        q.getOptions().stream()
                            .map(o -> new Option(o.getId(), o.getLabelEn(), o.getLabelCy()))
                            .toList()))
            .toList(),
        consultation.getCategories().stream()
            .map(c -> new Category(c.getId(), c.getCode(), c.getLabelEn(), c.getLabelCy()))
            .toList());
  }
}
