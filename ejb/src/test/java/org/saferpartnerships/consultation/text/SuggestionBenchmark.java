package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 3: the quality of the theme suggestions on the real NHS Friends and Family Test
 * comments (v6framework, 50 themes labelled by people), trained on four fifths of the coded answers
 * and measured on the fifth held back (the same split as the product's, by the row's number),
 * beside the most-frequent-themes baseline, with the training time. Run by {@code .ci/bench
 * SuggestionBenchmark}; prints lines starting with BENCH.
 */
class SuggestionBenchmark {

  @Test
  void suggestionQualityOnTheV6FrameworkComments() throws IOException {
    V6Comments.Corpus corpus = V6Comments.read();
    List<ThemeClassifier.Example> training = new ArrayList<>();
    List<ThemeClassifier.Example> heldBack = new ArrayList<>();
    for (V6Comments.Comment comment : corpus.comments()) {
      ThemeClassifier.Example example =
          new ThemeClassifier.Example(
              comment.row(), TextFeatures.of(comment.text()), comment.themes());
      (HeldBack.isHeldBack(comment.row()) ? heldBack : training).add(example);
    }
    long start = System.nanoTime();
    ThemeClassifier classifier = ThemeClassifier.train(training);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Set<Long>> truth = heldBack.stream().map(ThemeClassifier.Example::themes).toList();
    Set<Long> frequent =
        MostFrequentThemes.of(training.stream().map(ThemeClassifier.Example::themes).toList());
    MultiLabelScores baseline =
        MultiLabelScores.of(truth, heldBack.stream().map(e -> frequent).toList());
    System.out.printf(
        Locale.ROOT,
        "BENCH suggestions: %d answers coded with %d themes; trained on %d, measured on %d held"
            + " back; %d themes learnt; training %.1f s%n",
        training.size() + heldBack.size(),
        corpus.themes().size(),
        training.size(),
        heldBack.size(),
        classifier.themes().size(),
        seconds);
    print("baseline (most frequent themes)", baseline);
    MultiLabelScores atHalf = null;
    for (double threshold : new double[] {0.5, 0.4, 0.3, 0.2}) {
      List<Set<Long>> predicted =
          heldBack.stream().map(e -> classifier.suggest(e.features(), threshold)).toList();
      MultiLabelScores scores = MultiLabelScores.of(truth, predicted);
      print(String.format(Locale.ROOT, "suggestions at confidence %.1f", threshold), scores);
      if (threshold == 0.5) {
        atHalf = scores;
      }
    }
    assertThat(atHalf.microF1()).isGreaterThan(baseline.microF1());
  }

  private static void print(String what, MultiLabelScores scores) {
    System.out.printf(
        Locale.ROOT,
        "BENCH %s: micro P %.3f R %.3f F1 %.3f; macro P %.3f R %.3f F1 %.3f%n",
        what,
        scores.microPrecision(),
        scores.microRecall(),
        scores.microF1(),
        scores.macroPrecision(),
        scores.macroRecall(),
        scores.macroF1());
  }
}
