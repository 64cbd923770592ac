package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 2: campaign grouping over 100,000 answers to 10 questions, made of the real v6framework
 * comments: 70,000 answers of 10 to 60 words drawn from the comments' words as often as people use
 * them (all different, in the same vocabulary), and 30,000 members of 20 template campaigns (a
 * template of real comments, half the members adding a comment of their own, a tenth changing a
 * word). Prints the time, the pairs compared beside n², the groups found and how well they match
 * the campaigns planted. Run by {@code .ci/bench CampaignBenchmark}; prints lines starting with
 * BENCH.
 */
class CampaignBenchmark {

  private static final int ANSWERS = 100_000;
  private static final int CAMPAIGNS = 20;
  private static final int MEMBERS = 30_000;
  private static final int QUESTIONS = 10;

  @Test
  void campaignGroupingOverAHundredThousandAnswers() throws IOException {
    List<String> comments =
        V6Comments.read().comments().stream().map(c -> c.text().strip()).toList();
    List<String> words = new ArrayList<>();
    for (String comment : comments) {
      words.addAll(List.of(comment.split("\\s+")));
    }
    Random random = new Random(2026);
    List<String> templates = new ArrayList<>();
    while (templates.size() < CAMPAIGNS) {
      String template = pick(random, comments) + " " + pick(random, comments);
      if (template.split("\\s+").length >= 40) {
        templates.add(template);
      }
    }
    List<NearDuplicates.Text> texts = new ArrayList<>();
    Map<Long, Integer> planted = new HashMap<>();
    for (int i = 0; i < ANSWERS; i++) {
      long id = i + 1L;
      if (i % (ANSWERS / MEMBERS) == 0 && planted.size() < MEMBERS) {
        int campaign = random.nextInt(CAMPAIGNS);
        String text = templates.get(campaign);
        if (random.nextInt(10) == 0) {
          text = text.replaceFirst("\\b(the|and|to|a)\\b", "very");
        }
        if (random.nextBoolean()) {
          text = text + " " + pick(random, comments);
        }
        planted.put(id, campaign);
        texts.add(new NearDuplicates.Text(id, campaign % QUESTIONS, text));
      } else {
        texts.add(new NearDuplicates.Text(id, random.nextInt(QUESTIONS), other(random, words)));
      }
    }

    long start = System.nanoTime();
    NearDuplicates.Result result = NearDuplicates.group(texts, 0.5, 8);
    double seconds = (System.nanoTime() - start) / 1e9;

    int inPlantedGroups = 0;
    int strays = 0;
    for (NearDuplicates.Group group : result.groups()) {
      Map<Integer, Integer> campaigns = new HashMap<>();
      for (NearDuplicates.Member member : group.members()) {
        Integer campaign = planted.get(member.answerId());
        if (campaign == null) {
          strays++;
        } else {
          campaigns.merge(campaign, 1, Integer::sum);
        }
      }
      inPlantedGroups += campaigns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    System.out.printf(
        Locale.ROOT,
        "BENCH campaigns: %,d answers to %d questions (%,d long enough to group), threshold %.2f:"
            + " %.1f s on %d cores%n",
        result.answers(),
        QUESTIONS,
        result.considered(),
        result.threshold(),
        seconds,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "BENCH campaigns: %,d pairs compared, against %,d pairs in all (n²/2): %.4f%%%n",
        result.pairsCompared(),
        result.allPairs(),
        100.0 * result.pairsCompared() / result.allPairs());
    System.out.printf(
        Locale.ROOT,
        "BENCH campaigns: %,d groups holding %,d answers; of the %,d planted members %,d (%.1f%%)"
            + " found with their campaign; %,d other answers grouped%n",
        result.groups().size(),
        result.grouped(),
        planted.size(),
        inPlantedGroups,
        100.0 * inPlantedGroups / planted.size(),
        strays);
    for (NearDuplicates.Level level : result.levels()) {
      System.out.printf(
          Locale.ROOT,
          "BENCH campaigns: preview at %.2f: %,d groups, %,d answers%n",
          level.threshold(),
          level.groups(),
          level.grouped());
    }
    assertThat(result.groups()).isNotEmpty();
  }

  /** An answer of 10 to 60 words drawn from the comments' words, as often as they are used. */
  private static String other(Random random, List<String> words) {
    StringBuilder text = new StringBuilder();
    for (int w = 10 + random.nextInt(51); w > 0; w--) {
      text.append(words.get(random.nextInt(words.size()))).append(' ');
    }
    return text.toString().strip();
  }

  private static String pick(Random random, List<String> comments) {
    return comments.get(random.nextInt(comments.size()));
  }
}
