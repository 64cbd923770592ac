package org.saferpartnerships.consultation.suggestions;

import java.util.List;

/**
 * A candidate theme found in uncoded answers: its name (the phrase its answers share), how many of
 * the answers considered it holds, its most telling words, and a few typical answers.
 */
public record DiscoveredTopic(
    String label, int size, List<String> terms, List<DiscoveredTopic.Example> examples) {

  /** A typical answer of the topic, with its question. */
  public record Example(long answerId, String questionCode, String text) {}
}
