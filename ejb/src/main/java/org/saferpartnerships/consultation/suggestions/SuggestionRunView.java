package org.saferpartnerships.consultation.suggestions;

import java.time.Instant;
import java.util.List;
import org.saferpartnerships.consultation.text.MultiLabelScores;

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
    List<ThemeScoreView> themes)
    implements java.io.Serializable {

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
      boolean learnt)
      implements java.io.Serializable {

    private MultiLabelScores.ThemeScore score() {
      return new MultiLabelScores.ThemeScore(
          themeId, support, truePositives, falsePositives, falseNegatives);
    }

    public double precision() {
      return score().precision();
    }

    public double recall() {
      return score().recall();
    }

    public double f1() {
      return score().f1();
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
