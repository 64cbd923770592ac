package org.saferpartnerships.consultation.reports;

import java.util.List;
import org.saferpartnerships.consultation.QuestionKind;

/**
 * The counts of a consultation's closed questions: respondents by category, and for each question
 * how many answered it and chose each option, overall and by category. Percentages are of those who
 * answered the question (a multiple-choice question's can add up to more than 100).
 */
public record Tallies(long responses, List<CategoryTotal> categories, List<QuestionTally> questions)
    implements java.io.Serializable {

  /** A category (null id: respondents with none given) and its respondents. */
  public record CategoryTotal(
      Long categoryId, String code, String labelEn, String labelCy, long responses)
      implements java.io.Serializable {}

  /** A closed question's counts. */
  public record QuestionTally(
      long questionId,
      String code,
      String textEn,
      String textCy,
      QuestionKind kind,
      long answered,
      List<Long> answeredByCategory,
      List<OptionTally> options)
      implements java.io.Serializable {}

  /** An option's count and share, overall and in each category (in the order of categories). */
  public record OptionTally(
      long optionId,
      String labelEn,
      String labelCy,
      long count,
      double percent,
      List<Long> byCategory,
      List<Double> percentByCategory)
      implements java.io.Serializable {}

  public static double percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
  }
}
