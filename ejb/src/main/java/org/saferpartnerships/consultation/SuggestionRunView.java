package org.saferpartnerships.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A training of the suggestions and its measured quality on the coded answers held back: overall
 * (micro and macro, beside the most-frequent-themes baseline) and theme by theme.
 */
public record SuggestionRunView(
    long id,
    SuggestionRun.State state,
    double threshold,
    Integer codedAnswers,
    Integer trainingAnswers,
    Integer heldBackAnswers,
    Integer themesLearnt,
    Double microPrecision,
    Double microRecall,
    Double microF1,
    Double macroPrecision,
    Double macroRecall,
    Double macroF1,
    Double baselineMicroF1,
    Double baselineMacroF1,
    Long trainingMs,
    Integer suggestions,
    String failure,
    String startedBy,
    Instant createdAt,
    Instant finishedAt,
    List<ThemeScoreView> themes) {

  /** One theme's figures. */
  public record ThemeScoreView(
      long themeId,
      String code,
      String labelEn,
      String labelCy,
      int support,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      boolean learnt) {

    public double precision() {
      int suggested = truePositives + falsePositives;
      return suggested == 0 ? 0 : (double) truePositives / suggested;
    }

    public double recall() {
      return support == 0 ? 0 : (double) truePositives / support;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static SuggestionRunView of(SuggestionRun run, List<ThemeScoreView> themes) {
    return new SuggestionRunView(
        run.getId(),
        run.getState(),
        run.getThreshold(),
        run.getCodedAnswers(),
        run.getTrainingAnswers(),
        run.getHeldBackAnswers(),
        run.getThemesLearnt(),
        run.getMicroPrecision(),
        run.getMicroRecall(),
        run.getMicroF1(),
        run.getMacroPrecision(),
        run.getMacroRecall(),
        run.getMacroF1(),
        run.getBaselineMicroF1(),
        run.getBaselineMacroF1(),
        run.getTrainingMs(),
        run.getSuggestions(),
        run.getFailure(),
        run.getStartedBy(),
        run.getCreatedAt(),
        run.getFinishedAt(),
        themes);
  }
}
