package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThemeDiscoveryTest {

  private static final String[] OPENINGS = {
    "I think", "Honestly", "In our street", "Every week", "My neighbours and I feel", "Frankly"
  };

  private static final String[] LIGHTING = {
    "the street lighting is broken and the lamps stay dark",
    "street lighting on the estate has failed and lamps are dark at night",
    "broken street lighting leaves the estate dark",
    "the lamps of the street lighting near the park are dark"
  };

  private static final String[] NOISE = {
    "loud music and parties keep everyone awake",
    "the noise from parties with loud music goes on until dawn",
    "parties next door with loud music every weekend",
    "loud music from late parties wakes the children"
  };

  private static final String[] POLICE = {
    "police officers take hours to respond to calls",
    "we rarely see police officers patrolling and they respond slowly",
    "police officers never respond to our calls about dealing",
    "officers from the police respond too slowly"
  };

  private static final String[] OTHER = {
    "The bus timetable changed without notice.",
    "Please publish the minutes sooner.",
    "Thank you for asking us.",
    "The library closes too early on Saturdays.",
    "Bins are collected on the wrong day.",
    "More benches in the square would help older people.",
    "I could not find the form online.",
    "The consultation was too long.",
    "Cycle lanes stop suddenly on the high road.",
    "Our allotments need water taps.",
    "Dog fouling on the playing field.",
    "The surgery phone line is always busy.",
    "The youth club has closed.",
    "Parking permits cost too much.",
    "Potholes on Mill Lane damage cars."
  };

  @Test
  void plantedTopicsAreFoundNamedAndIllustratedByTheirOwnAnswers() {
    Map<Long, String> planted = new HashMap<>();
    List<ThemeDiscovery.Text> texts = corpus(planted);

    ThemeDiscovery.Result result = ThemeDiscovery.discover(texts, 6, 5_000);

    assertThat(result.answers()).isEqualTo(texts.size());
    assertThat(result.considered()).isEqualTo(texts.size());
    assertThat(result.sampled()).isFalse();
    for (String[] topic : List.of(LIGHTING, NOISE, POLICE)) {
      String name = topic[0];
      ThemeDiscovery.Topic found =
          result.topics().stream()
              .filter(t -> share(t.answerIds(), planted, name) >= 0.9)
              .max((a, b) -> Integer.compare(a.size(), b.size()))
              .orElseThrow(() -> new AssertionError("no topic for " + name + ": " + result));
      assertThat(found.size()).as(name).isGreaterThanOrEqualTo(15);
      assertThat(found.answerIds()).containsAll(found.examples());
      assertThat(found.examples()).hasSize(ThemeDiscovery.EXAMPLES);
      assertThat(found.terms()).hasSizeLessThanOrEqualTo(ThemeDiscovery.TERMS);
    }
    ThemeDiscovery.Topic lighting = topicOf(result, planted, LIGHTING[0]);
    assertThat(lighting.terms()).contains("lighting", "dark");
    assertThat(lighting.label().toLowerCase(Locale.ROOT)).containsAnyOf("street", "lighting");
    ThemeDiscovery.Topic noise = topicOf(result, planted, NOISE[0]);
    assertThat(noise.terms()).contains("loud", "music", "parties");
    ThemeDiscovery.Topic police = topicOf(result, planted, POLICE[0]);
    assertThat(police.terms()).contains("police", "officers", "respond");
    assertThat(result.covered()).isBetween(60, texts.size());
    // largest first
    assertThat(result.topics())
        .extracting(ThemeDiscovery.Topic::size)
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void theSameAnswersGiveTheSameTopics() {
    List<ThemeDiscovery.Text> texts = corpus(new HashMap<>());
    assertThat(ThemeDiscovery.discover(texts, 5, 5_000))
        .isEqualTo(ThemeDiscovery.discover(texts, 5, 5_000));
  }

  @Test
  void welshFunctionWordsNameNoTopic() {
    List<ThemeDiscovery.Text> texts = new ArrayList<>();
    String[] said = {
      "Mae goleuadau stryd wedi torri yn y pentref ac mae hi'n dywyll",
      "Mae'r goleuadau stryd yn dywyll yn y pentref bob nos",
      "Goleuadau stryd wedi torri ac mae'r pentref yn dywyll",
      "Does dim goleuadau stryd yn y pentref ac mae hi'n dywyll"
    };
    for (int i = 0; i < 24; i++) {
      texts.add(new ThemeDiscovery.Text(i + 1, said[i % said.length] + " " + OPENINGS[i % 6]));
    }
    for (int i = 0; i < OTHER.length; i++) {
      texts.add(new ThemeDiscovery.Text(100 + i, OTHER[i]));
    }
    ThemeDiscovery.Result result = ThemeDiscovery.discover(texts, 4, 5_000);
    assertThat(result.topics()).isNotEmpty();
    Set<String> function = Set.of("yn", "mae", "wedi", "ac", "dim", "y");
    for (ThemeDiscovery.Topic topic : result.topics()) {
      assertThat(topic.terms()).doesNotContainAnyElementsOf(function);
      // inside a name they may join words ("Goleuadau Stryd wedi Torri"), as "and" does
      String[] words = topic.label().toLowerCase(Locale.ROOT).split(" ");
      assertThat(function).as(topic.label()).doesNotContain(words[0], words[words.length - 1]);
    }
    assertThat(result.topics().stream().flatMap(t -> t.terms().stream()))
        .contains("goleuadau", "stryd", "dywyll");
  }

  @Test
  void tooFewAnswersFindNothingAndBlankOnesAreNotConsidered() {
    List<ThemeDiscovery.Text> texts = new ArrayList<>();
    for (int i = 0; i < ThemeDiscovery.FEWEST_ANSWERS - 1; i++) {
      texts.add(new ThemeDiscovery.Text(i, LIGHTING[i % 4]));
    }
    texts.add(new ThemeDiscovery.Text(50, "   "));
    texts.add(new ThemeDiscovery.Text(51, null));

    ThemeDiscovery.Result result = ThemeDiscovery.discover(texts, 5, 5_000);

    assertThat(result.answers()).isEqualTo(ThemeDiscovery.FEWEST_ANSWERS + 1);
    assertThat(result.considered()).isEqualTo(ThemeDiscovery.FEWEST_ANSWERS - 1);
    assertThat(result.covered()).isZero();
    assertThat(result.topics()).isEmpty();
  }

  @Test
  void topicCountsAndLimitsOutOfRangeAreRefused() {
    List<ThemeDiscovery.Text> texts = corpus(new HashMap<>());
    assertThatThrownBy(() -> ThemeDiscovery.discover(texts, 1, 5_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThemeDiscovery.discover(texts, ThemeDiscovery.MOST_TOPICS + 1, 5_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThemeDiscovery.discover(texts, 5, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void manyAnswersAreSampledEvenlyAcrossTheWholeList() {
    List<ThemeDiscovery.Text> texts =
        IntStream.range(0, 1_000).mapToObj(i -> new ThemeDiscovery.Text(i, "answer " + i)).toList();
    List<ThemeDiscovery.Text> sample = ThemeDiscovery.sample(texts, 300);
    assertThat(sample).hasSize(300).doesNotHaveDuplicates();
    assertThat(sample.get(0).answerId()).isZero();
    assertThat(sample.get(299).answerId()).isGreaterThanOrEqualTo(990);
    assertThat(sample.subList(0, 100)).allMatch(t -> t.answerId() < 340);
    assertThat(ThemeDiscovery.sample(texts, 2_000)).isSameAs(texts);

    List<ThemeDiscovery.Text> corpus = corpus(new HashMap<>());
    ThemeDiscovery.Result sampled = ThemeDiscovery.discover(corpus, 4, 40);
    assertThat(sampled.sampled()).isTrue();
    assertThat(sampled.considered()).isEqualTo(40);
    assertThat(sampled.answers()).isEqualTo(corpus.size());
  }

  @Test
  void wordsAreLowerCasedWithoutStopWordsNumbersOrShortOnes() {
    assertThat(ThemeDiscovery.words("The Street lighting, on Mill Lane: 24 lamps and I yn dark!"))
        .containsExactly("street", "lighting", "mill", "lane", "lamps", "dark");
  }

  /**
   * On the real NHS comments (test data v6framework), the topics found without any coding are far
   * purer in the people's own themes than groups drawn at random: each topic's commonest human
   * theme covers most of it, where at random it would cover only that theme's overall share.
   */
  @Test
  void topicsOfTheRealCommentsFollowThePeoplesThemes() throws IOException {
    V6Comments.Corpus corpus = V6Comments.read();
    List<ThemeDiscovery.Text> texts = new ArrayList<>();
    Map<Long, Set<String>> themes = new HashMap<>();
    for (V6Comments.Comment comment : corpus.comments()) {
      texts.add(new ThemeDiscovery.Text(comment.row(), comment.text()));
      themes.put(
          (long) comment.row(),
          comment.themes().stream().map(corpus::theme).collect(Collectors.toSet()));
    }

    ThemeDiscovery.Result result = ThemeDiscovery.discover(texts, 15, 5_000);

    assertThat(result.sampled()).isTrue();
    assertThat(result.considered()).isEqualTo(5_000);
    assertThat(result.topics()).hasSize(15);
    Set<Long> considered =
        ThemeDiscovery.sample(texts, 5_000).stream()
            .map(ThemeDiscovery.Text::answerId)
            .collect(Collectors.toSet());
    long inTopics = 0;
    long commonest = 0;
    double atRandom = 0;
    Map<String, Long> overall =
        considered.stream()
            .flatMap(id -> themes.get(id).stream())
            .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    for (ThemeDiscovery.Topic topic : result.topics()) {
      assertThat(considered).containsAll(topic.answerIds());
      Map<String, Long> inTopic =
          topic.answerIds().stream()
              .flatMap(id -> themes.get(id).stream())
              .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
      Map.Entry<String, Long> top =
          inTopic.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      inTopics += topic.size();
      commonest += top.getValue();
      atRandom += topic.size() * overall.get(top.getKey()) / (double) considered.size();
    }
    double purity = commonest / (double) inTopics;
    double randomPurity = atRandom / inTopics;
    System.out.printf(
        Locale.ROOT,
        "discovery on v6framework: %d topics hold %d of %d answers; commonest human theme covers"
            + " %.0f%% of a topic (%.0f%% for random groups of the same sizes)%n",
        result.topics().size(),
        result.covered(),
        result.considered(),
        100 * purity,
        100 * randomPurity);
    assertThat(purity).isGreaterThan(0.6).isGreaterThan(2 * randomPurity);
  }

  private static ThemeDiscovery.Topic topicOf(
      ThemeDiscovery.Result result, Map<Long, String> planted, String name) {
    return result.topics().stream()
        .filter(t -> share(t.answerIds(), planted, name) >= 0.9)
        .findFirst()
        .orElseThrow();
  }

  private static double share(List<Long> ids, Map<Long, String> planted, String name) {
    return ids.stream().filter(id -> name.equals(planted.get(id))).count() / (double) ids.size();
  }

  /** 25 answers on each of three subjects, worded variously, and 15 on nothing in common. */
  private static List<ThemeDiscovery.Text> corpus(Map<Long, String> planted) {
    List<ThemeDiscovery.Text> texts = new ArrayList<>();
    long id = 1;
    for (String[] topic : List.of(LIGHTING, NOISE, POLICE)) {
      for (int i = 0; i < 25; i++) {
        String text = OPENINGS[i % OPENINGS.length] + " " + topic[i % topic.length] + ".";
        planted.put(id, topic[0]);
        texts.add(new ThemeDiscovery.Text(id++, text));
      }
    }
    for (String other : OTHER) {
      texts.add(new ThemeDiscovery.Text(id++, other));
    }
    return texts;
  }
}
