package org.saferpartnerships.casereview.risk;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The scoring rules of one risk form, kept apart from the entities so that they can be tested with
 * a table: every question is answered with one of its own options; the total is the sum of the
 * options' scores; the band is the one with the highest minimum score not above the total.
 */
public record RiskScoring(List<Question> questions, List<RiskBandTerms> bands) {

  public record Question(long id, List<Option> options) {
    public Question {
      options = List.copyOf(options);
    }
  }

  public record Option(long id, int score) {}

  public record Result(int score, RiskBandTerms band) {}

  public RiskScoring {
    questions = List.copyOf(questions);
    bands = bands.stream().sorted(Comparator.comparingInt(RiskBandTerms::minScore)).toList();
    checkShape(questions.stream().map(q -> q.options().size()).toList(), bands);
  }

  /**
   * Checks what every form must be: at least one question, two options or more to each, and bands
   * with distinct minimum scores of which one starts at zero, so every total falls in a band.
   */
  public static void checkShape(List<Integer> optionsPerQuestion, List<RiskBandTerms> bands) {
    if (optionsPerQuestion.isEmpty()) {
      throw new ServiceException("riskForm.noQuestions");
    }
    for (int i = 0; i < optionsPerQuestion.size(); i++) {
      if (optionsPerQuestion.get(i) < 2) {
        throw new ServiceException("riskForm.options", i + 1);
      }
    }
    Set<Integer> minimums = new HashSet<>();
    for (RiskBandTerms band : bands) {
      if (band.minScore() < 0 || !minimums.add(band.minScore())) {
        throw new ServiceException("riskForm.bands");
      }
    }
    if (!minimums.contains(0)) {
      throw new ServiceException("riskForm.bands");
    }
  }

  /** Scores answers given as question id to option id. */
  public Result score(Map<Long, Long> answers) {
    int unanswered = 0;
    int total = 0;
    for (Question question : questions) {
      Long chosen = answers.get(question.id());
      if (chosen == null) {
        unanswered++;
        continue;
      }
      Option option =
          question.options().stream()
              .filter(o -> o.id() == chosen)
              .findFirst()
              .orElseThrow(() -> new ServiceException("riskAssessment.option", question.id()));
      total += option.score();
    }
    if (unanswered > 0) {
      throw new ServiceException("riskAssessment.unanswered", unanswered);
    }
    Set<Long> known = new HashSet<>();
    questions.forEach(q -> known.add(q.id()));
    for (Long asked : answers.keySet()) {
      if (!known.contains(asked)) {
        throw new ServiceException("riskAssessment.question", asked);
      }
    }
    return new Result(total, band(total));
  }

  /** The band a total falls in. */
  public RiskBandTerms band(int total) {
    RiskBandTerms found = bands.get(0);
    for (RiskBandTerms band : bands) {
      if (band.minScore() <= total) {
        found = band;
      }
    }
    return found;
  }

  /** The highest total the form allows. */
  public int maximum() {
    return questions.stream()
        .mapToInt(q -> q.options().stream().mapToInt(Option::score).max().orElse(0))
        .sum();
  }
}
