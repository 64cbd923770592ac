package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultiLabelScoresTest {

  /**
   * Four answers, worked by hand. Theme 1: right twice (P 1, R 1, F1 1). Theme 2: missed once and
   * wrongly suggested once (0, 0, 0). Theme 3: right once, wrongly once (P 1/2, R 1, F1 2/3).
   * Micro: 3 right, 2 wrong, 1 missed: P 3/5, R 3/4, F1 2/3. Macro: P 1/2, R 2/3, F1 5/9.
   */
  @Test
  void scoresMatchTheHandWorkedExample() {
    MultiLabelScores scores =
        MultiLabelScores.of(
            List.of(Set.of(1L, 2L), Set.of(1L), Set.of(3L), Set.of()),
            List.of(Set.of(1L), Set.of(1L, 3L), Set.of(3L), Set.of(2L)));
    assertThat(scores.themes())
        .extracting(
            MultiLabelScores.ThemeScore::themeId,
            MultiLabelScores.ThemeScore::support,
            MultiLabelScores.ThemeScore::truePositives,
            MultiLabelScores.ThemeScore::falsePositives,
            MultiLabelScores.ThemeScore::falseNegatives)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 2, 2, 0, 0),
            org.assertj.core.groups.Tuple.tuple(2L, 1, 0, 1, 1),
            org.assertj.core.groups.Tuple.tuple(3L, 1, 1, 1, 0));
    assertThat(scores.themes().get(2).f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(scores.microPrecision()).isCloseTo(0.6, within(1e-9));
    assertThat(scores.microRecall()).isCloseTo(0.75, within(1e-9));
    assertThat(scores.microF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(scores.macroPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(scores.macroRecall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(scores.macroF1()).isCloseTo(5.0 / 9, within(1e-9));
  }

  @Test
  void aThemeSuggestedThatNoAnalystGaveCountsAgainstPrecisionOnly() {
    MultiLabelScores scores =
        MultiLabelScores.of(List.of(Set.of(1L), Set.of(1L)), List.of(Set.of(1L, 9L), Set.of(1L)));
    assertThat(scores.themes()).hasSize(1);
    assertThat(scores.microPrecision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(scores.microRecall()).isEqualTo(1.0);
    assertThat(scores.macroF1()).isEqualTo(1.0);
  }

  @Test
  void theBaselineGivesTheCommonestThemesAsManyAsAnAnswerHasOnAverage() {
    assertThat(
            MostFrequentThemes.of(
                List.of(Set.of(5L, 6L), Set.of(5L), Set.of(7L, 5L), Set.of(6L, 8L))))
        .containsExactlyInAnyOrder(5L, 6L);
    assertThat(MostFrequentThemes.of(List.of(Set.of(), Set.of(4L)))).containsExactly(4L);
  }

  @Test
  void theHeldBackFifthIsFixedAndAboutAFifth() {
    long held = java.util.stream.LongStream.range(1, 100_001).filter(HeldBack::isHeldBack).count();
    assertThat(held).isBetween(19_000L, 21_000L);
    assertThat(HeldBack.isHeldBack(12345)).isEqualTo(HeldBack.isHeldBack(12345));
  }

  @Test
  void aClassifierLearnsThemesFromWordsAndSkipsThemesWithTooFewAnswers() {
    List<ThemeClassifier.Example> examples = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(example(i, "The street lighting is broken again near the park", 1L));
      examples.add(example(100 + i, "Police patrols are too rare at night here", 2L));
    }
    examples.add(example(999, "Parking by the school is dangerous", 3L));
    ThemeClassifier classifier = ThemeClassifier.train(examples);
    assertThat(classifier.themes()).containsExactly(1L, 2L);
    assertThat(classifier.suggest(TextFeatures.of("More lighting in the park please"), 0.5))
        .containsExactly(1L);
    assertThat(classifier.suggest(TextFeatures.of("We never see patrols at night"), 0.5))
        .containsExactly(2L);
  }

  private static ThemeClassifier.Example example(long id, String text, long theme) {
    return new ThemeClassifier.Example(id, TextFeatures.of(text), Set.of(theme));
  }

  @Test
  void featuresAreStemsAndNeighbouringPairsWithoutStopWords() {
    assertThat(TextFeatures.of("The patrols were not helpful"))
        .contains("patrol", "help", "patrol_were")
        .doesNotContain("the");
    assertThat(TextFeatures.of("  ")).isEmpty();
  }

  @Test
  void welshAnswersAreToldFromEnglishOnes() {
    assertThat(WelshDetector.isWelsh("Mae angen mwy o heddlu ar y strydoedd yn y nos.")).isTrue();
    assertThat(WelshDetector.isWelsh("Roedd y gwasanaeth yn dda iawn, diolch yn fawr i chi."))
        .isTrue();
    assertThat(WelshDetector.isWelsh("The staff were very kind and helpful to my mother."))
        .isFalse();
    assertThat(WelshDetector.isWelsh("Not enough police on the streets at night, and in Bangor"))
        .isFalse();
    assertThat(WelshDetector.isWelsh("Diolch")).isFalse();
    assertThat(WelshDetector.isWelsh(null)).isFalse();
  }
}
