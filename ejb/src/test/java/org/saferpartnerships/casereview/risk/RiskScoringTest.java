package org.saferpartnerships.casereview.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.engine.Priority;

/** The national default form's shape: question q has options with ids q*10+1, q*10+2, ... */
class RiskScoringTest {

  private static final int[][] SCORES = {
    {0, 3}, {0, 2}, {0, 1, 3}, {0, 1, 3}, {0, 2}, {0, 2}, {0, 1, 2}, {0, 2, 4}
  };

  private static final List<RiskBandTerms> BANDS =
      List.of(
          new RiskBandTerms(14, "Very high", "Uchel iawn", Priority.URGENT, "CASE_DECISION_URGENT"),
          new RiskBandTerms(0, "Standard", "Safonol", Priority.NORMAL, "CASE_DECISION_STANDARD"),
          new RiskBandTerms(8, "High", "Uchel", Priority.HIGH, "CASE_DECISION_HIGH"));

  private static RiskScoring form() {
    List<RiskScoring.Question> questions = new ArrayList<>();
    for (int q = 0; q < SCORES.length; q++) {
      List<RiskScoring.Option> options = new ArrayList<>();
      for (int o = 0; o < SCORES[q].length; o++) {
        options.add(new RiskScoring.Option((q + 1) * 10L + o + 1, SCORES[q][o]));
      }
      questions.add(new RiskScoring.Question(q + 1, options));
    }
    return new RiskScoring(questions, BANDS);
  }

  /** Answers as the option number (1-based) chosen for each of the eight questions. */
  private static Map<Long, Long> answers(String chosen) {
    Map<Long, Long> answers = new HashMap<>();
    String[] picks = chosen.split(" ");
    for (int q = 0; q < picks.length; q++) {
      answers.put(q + 1L, (q + 1) * 10L + Integer.parseInt(picks[q]));
    }
    return answers;
  }

  @ParameterizedTest(name = "{0} scores {1}: {2}")
  @CsvSource({
    "1 1 1 1 1 1 1 1, 0, NORMAL",
    "1 1 1 1 1 1 3 2, 4, NORMAL",
    "1 1 1 3 1 1 2 2, 6, NORMAL",
    "1 1 1 3 1 1 3 2, 7, NORMAL", // one below the high band
    "2 1 1 3 1 1 3 1, 8, HIGH", // exactly the high band's lowest score
    "2 2 2 3 2 1 3 1, 13, HIGH",
    "2 2 1 3 2 2 3 1, 14, URGENT", // exactly the very high band's lowest score
    "2 2 3 3 2 2 3 3, 21, URGENT", // the most the form allows
  })
  void totalsFallInTheirBand(String chosen, int score, Priority priority) {
    RiskScoring.Result result = form().score(answers(chosen));
    assertThat(result.score()).isEqualTo(score);
    assertThat(result.band().priority()).isEqualTo(priority);
  }

  @Test
  void theMaximumIsTheSumOfEachQuestionsHighestScore() {
    assertThat(form().maximum()).isEqualTo(21);
  }

  @Test
  void everyQuestionMustBeAnswered() {
    Map<Long, Long> answers = answers("1 1 1 1 1 1 1 1");
    answers.remove(3L);
    answers.remove(8L);
    assertThatThrownBy(() -> form().score(answers))
        .isInstanceOf(ServiceException.class)
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("riskAssessment.unanswered");
  }

  @Test
  void anAnswerMustBeOneOfItsQuestionsOptions() {
    Map<Long, Long> answers = answers("1 1 1 1 1 1 1 1");
    answers.put(2L, 11L); // an option of question 1
    assertThatThrownBy(() -> form().score(answers))
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("riskAssessment.option");
  }

  @Test
  void aQuestionNotOnTheFormIsRefused() {
    Map<Long, Long> answers = answers("1 1 1 1 1 1 1 1");
    answers.put(99L, 991L);
    assertThatThrownBy(() -> form().score(answers))
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("riskAssessment.question");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"no band from zero", "two bands from the same score", "a question with one option"})
  void malformedFormsAreRefused(String fault) {
    List<RiskBandTerms> bands = new ArrayList<>(BANDS);
    List<Integer> options = new ArrayList<>(List.of(2, 3));
    String key = "riskForm.bands";
    switch (fault) {
      case "no band from zero" -> bands.removeIf(b -> b.minScore() == 0);
      case "two bands from the same score" ->
          bands.add(new RiskBandTerms(8, "Again", "Eto", Priority.LOW, "CASE_DECISION_HIGH"));
      default -> {
        options.add(1);
        key = "riskForm.options";
      }
    }
    String expected = key;
    assertThatThrownBy(() -> RiskScoring.checkShape(options, bands))
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo(expected);
  }

  @Test
  void aFormWithNoQuestionsIsRefused() {
    assertThatThrownBy(() -> RiskScoring.checkShape(List.of(), BANDS))
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("riskForm.noQuestions");
  }
}
