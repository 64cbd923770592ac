package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.consultation.text.NearDuplicates.Group;
import org.saferpartnerships.consultation.text.NearDuplicates.Level;
import org.saferpartnerships.consultation.text.NearDuplicates.Member;
import org.saferpartnerships.consultation.text.NearDuplicates.Result;
import org.saferpartnerships.consultation.text.NearDuplicates.Text;

class NearDuplicatesTest {

  private static final String TEMPLATE =
      "I strongly object to the proposal to close the police station on the high street because"
          + " it is the only place where residents can report crime in person and the nearest"
          + " other station is over twenty miles away with no evening bus service.";

  private static final String ADDED_AT_END =
      "My neighbour was burgled twice last winter and nobody came.";

  private static final String ADDED_AT_START = "As a shop owner on Bridge Street,";

  private static List<Text> campaign() {
    return List.of(
        new Text(1, 10, TEMPLATE),
        new Text(2, 10, "The council should fix the street lights on Mill Lane before winter."),
        new Text(3, 10, TEMPLATE + " " + ADDED_AT_END),
        new Text(4, 10, ADDED_AT_START + " " + TEMPLATE),
        new Text(5, 10, TEMPLATE),
        new Text(6, 10, "More youth clubs would keep teenagers off the estate in the evenings."),
        new Text(7, 10, TEMPLATE.replace("twenty", "thirty")),
        new Text(8, 10, "Please publish how the grant money was spent last year by ward."));
  }

  @Test
  void aTemplateWithPersonalAdditionsIsOneGroupAndTheRestStandAlone() {
    Result result = NearDuplicates.group(campaign(), 0.5, 8);

    assertThat(result.groups()).hasSize(1);
    Group group = result.groups().get(0);
    assertThat(group.questionId()).isEqualTo(10);
    assertThat(group.members()).extracting(Member::answerId).containsExactly(1L, 3L, 4L, 5L, 7L);
    assertThat(group.templateId()).isEqualTo(1);
    assertThat(result.grouped()).isEqualTo(5);
    assertThat(result.answers()).isEqualTo(8);
    assertThat(result.considered()).isEqualTo(8);
  }

  @Test
  void whatEachMemberAddedIsMarkedAndTheTemplateAddsNothing() {
    List<Text> texts = campaign();
    Group group = NearDuplicates.group(texts, 0.5, 8).groups().get(0);

    assertThat(added(texts, group, 1)).isEmpty();
    assertThat(added(texts, group, 5)).isEmpty();
    assertThat(added(texts, group, 3)).containsExactly(ADDED_AT_END.replace(".", ""));
    assertThat(added(texts, group, 4)).containsExactly(ADDED_AT_START.replace(",", ""));
    // one word changed: the three triples it stands in are the member's own, so only it is marked
    assertThat(added(texts, group, 7)).containsExactly("thirty");
  }

  @Test
  void similarityIsTheShareOfWordTriplesInCommonWithTheTemplate() {
    Group group = NearDuplicates.group(campaign(), 0.5, 8).groups().get(0);
    int triples = TEMPLATE.split(" ").length - 2;

    assertThat(member(group, 1).similarity()).isEqualTo(1.0);
    assertThat(member(group, 5).similarity()).isEqualTo(1.0);
    // "twenty" stands in 3 triples: 3 of the template's are gone and 3 new ones come
    assertThat(member(group, 7).similarity()).isEqualTo((double) (triples - 3) / (triples + 3));
    assertThat(NearDuplicates.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4})).isEqualTo(0.5);
    assertThat(NearDuplicates.jaccard(new int[] {}, new int[] {})).isZero();
  }

  @Test
  void thePreviewShowsWhatEachThresholdWouldGroup() {
    List<Text> texts = new ArrayList<>(campaign());
    // a long personal addition: about half the member's triples are its own
    texts.add(new Text(9, 10, TEMPLATE + " " + TEMPLATE.toUpperCase().replace(" ", " x ")));
    Result result = NearDuplicates.group(texts, 0.55, 8);

    assertThat(result.levels())
        .extracting(Level::threshold)
        .containsExactly(0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.0);
    Level exact = result.levels().get(result.levels().size() - 1);
    assertThat(exact.groups()).isEqualTo(1);
    assertThat(exact.grouped()).isEqualTo(2);
    for (int l = 1; l < result.levels().size(); l++) {
      assertThat(result.levels().get(l).grouped())
          .isLessThanOrEqualTo(result.levels().get(l - 1).grouped());
    }
    Level chosen = result.levels().get(3);
    assertThat(chosen.grouped()).isEqualTo(result.grouped());
    assertThat(chosen.groups()).isEqualTo(result.groups().size());
  }

  @Test
  void shortAnswersAreNotCampaignsAndQuestionsAreKeptApart() {
    List<Text> texts =
        List.of(
            new Text(1, 10, "I agree with this."),
            new Text(2, 10, "I agree with this"),
            new Text(3, 10, "I AGREE with this!"),
            new Text(4, 11, TEMPLATE),
            new Text(5, 12, TEMPLATE),
            new Text(6, 12, TEMPLATE),
            new Text(7, 10, "No comment"),
            new Text(8, 10, "No comment"));

    Result fewest8 = NearDuplicates.group(texts, 0.5, 8);
    assertThat(fewest8.considered()).isEqualTo(3);
    assertThat(fewest8.groups()).hasSize(1);
    assertThat(fewest8.groups().get(0).questionId()).isEqualTo(12);

    Result fewest3 = NearDuplicates.group(texts, 0.5, 1);
    assertThat(fewest3.considered()).isEqualTo(6);
    assertThat(fewest3.groups())
        .extracting(g -> g.questionId() + ":" + g.size())
        .containsExactly("10:3", "12:2");
  }

  @Test
  void aThresholdOutsideTheOfferedRangeIsRefused() {
    assertThatThrownBy(() -> NearDuplicates.group(campaign(), 0.2, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NearDuplicates.group(campaign(), 1.01, 8))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLargeCampaignIsFoundWithoutComparingEveryPair() {
    Random random = new Random(7);
    List<String> vocabulary =
        IntStream.range(0, 3_000).mapToObj(i -> "w" + Integer.toString(i, 36)).toList();
    List<Text> texts = new ArrayList<>();
    String template = words(random, vocabulary, 40);
    for (int i = 0; i < 3_000; i++) {
      String text =
          i % 3 == 0
              ? template + (i % 2 == 0 ? "" : " " + words(random, vocabulary, 8))
              : words(random, vocabulary, 20 + random.nextInt(30));
      texts.add(new Text(i, 1, text));
    }

    Result result = NearDuplicates.group(texts, 0.6, 8);

    assertThat(result.groups()).hasSize(1);
    assertThat(result.groups().get(0).members())
        .extracting(Member::answerId)
        .allMatch(id -> id % 3 == 0)
        .hasSize(1_000);
    assertThat(result.pairsCompared()).isLessThan(result.allPairs() / 20);
  }

  private static String words(Random random, List<String> vocabulary, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> vocabulary.get(random.nextInt(vocabulary.size())))
        .collect(Collectors.joining(" "));
  }

  private static Member member(Group group, long id) {
    return group.members().stream().filter(m -> m.answerId() == id).findFirst().orElseThrow();
  }

  private static List<String> added(List<Text> texts, Group group, long id) {
    String text = texts.stream().filter(t -> t.id() == id).findFirst().orElseThrow().text();
    return member(group, id).added().stream()
        .map(span -> text.substring(span.start(), span.end()))
        .toList();
  }
}
