package org.saferpartnerships.consultation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How well suggested themes match the analysts' own, answer by answer: for each theme the answers
 * it was rightly suggested for (true positives), wrongly suggested for (false positives) and missed
 * on (false negatives), with precision, recall and F1; then over all themes, micro (every decision
 * counted alike, so common themes weigh most) and macro (the mean over themes, so a rare theme
 * counts as much as a common one). Themes are those the analysts gave in the answers measured; a
 * theme never suggested has precision 0.
 */
public record MultiLabelScores(
    List<ThemeScore> themes,
    double microPrecision,
    double microRecall,
    double microF1,
    double macroPrecision,
    double macroRecall,
    double macroF1) {

  /** One theme's counts and scores. */
  public record ThemeScore(
      long themeId, int support, int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      return harmonic(precision(), recall());
    }
  }

  /** Scores predictions against the truth, answer by answer (the two lists in the same order). */
  public static MultiLabelScores of(List<Set<Long>> truth, List<Set<Long>> predicted) {
    if (truth.size() != predicted.size()) {
      throw new IllegalArgumentException("truth and predictions differ in length");
    }
    SortedSet<Long> labels = new TreeSet<>();
    truth.forEach(labels::addAll);
    List<ThemeScore> scores = new ArrayList<>();
    int tpAll = 0;
    int fpAll = 0;
    int fnAll = 0;
    for (Long label : labels) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < truth.size(); i++) {
        boolean isTrue = truth.get(i).contains(label);
        boolean isPredicted = predicted.get(i).contains(label);
        if (isTrue && isPredicted) {
          tp++;
        } else if (isPredicted) {
          fp++;
        } else if (isTrue) {
          fn++;
        }
      }
      scores.add(new ThemeScore(label, tp + fn, tp, fp, fn));
      tpAll += tp;
      fpAll += fp;
      fnAll += fn;
    }
    // predictions of themes the analysts never gave in these answers are wrong too
    for (int i = 0; i < predicted.size(); i++) {
      for (Long label : predicted.get(i)) {
        if (!labels.contains(label)) {
          fpAll++;
        }
      }
    }
    double microPrecision = ratio(tpAll, tpAll + fpAll);
    double microRecall = ratio(tpAll, tpAll + fnAll);
    double macroPrecision = scores.stream().mapToDouble(ThemeScore::precision).average().orElse(0);
    double macroRecall = scores.stream().mapToDouble(ThemeScore::recall).average().orElse(0);
    double macroF1 = scores.stream().mapToDouble(ThemeScore::f1).average().orElse(0);
    return new MultiLabelScores(
        List.copyOf(scores),
        microPrecision,
        microRecall,
        harmonic(microPrecision, microRecall),
        macroPrecision,
        macroRecall,
        macroF1);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double harmonic(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
