package org.saferpartnerships.consultation.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The baseline the suggestions must beat: give every answer the themes most often given in the
 * training answers, as many as an answer has on average (at least one). A classifier no better than
 * this has learnt nothing from the words.
 */
public final class MostFrequentThemes {

  private MostFrequentThemes() {}

  public static Set<Long> of(List<Set<Long>> training) {
    Map<Long, Integer> counts = new HashMap<>();
    training.forEach(themes -> themes.forEach(t -> counts.merge(t, 1, Integer::sum)));
    double mean = training.stream().mapToInt(Set::size).average().orElse(0);
    int k = Math.max(1, (int) Math.round(mean));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
