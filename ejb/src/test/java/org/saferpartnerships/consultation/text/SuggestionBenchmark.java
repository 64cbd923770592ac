package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.platform.TableFormat;
import org.saferpartnerships.platform.TableReader;

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
    Path file =
        Path.of(
            System.getProperty("sp.shared.data", "../../shared/data"), "v6framework_230831.csv");
    TableReader.Table table = TableReader.read(TableFormat.CSV, Files.readAllBytes(file), 200_000);
    List<String> headings = table.headings();
    int answer = headings.indexOf("FFT answer");
    int firstTheme = headings.indexOf("Not assigned");
    List<ThemeClassifier.Example> training = new ArrayList<>();
    List<ThemeClassifier.Example> heldBack = new ArrayList<>();
    for (TableReader.Row row : table.rows()) {
      String text = row.cells().get(answer);
      if (text.isBlank()) {
        continue;
      }
      Set<Long> themes = new TreeSet<>();
      for (int c = firstTheme; c < headings.size(); c++) {
        if (row.cells().get(c).equals("1")) {
          themes.add((long) c);
        }
      }
      ThemeClassifier.Example example =
          new ThemeClassifier.Example(row.number(), TextFeatures.of(text), themes);
      (HeldBack.isHeldBack(row.number()) ? heldBack : training).add(example);
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
        headings.size() - firstTheme,
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
