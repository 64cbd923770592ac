package org.saferpartnerships.consultation.suggestions;

import java.util.List;

/**
 * What theme discovery found in a consultation's uncoded answers: which answers were looked at (of
 * one question or all; in Welsh, in English or both), how many there are and how many were
 * clustered (all of them, or an even sample, when sampled), how many fell in some topic, and the
 * topics, largest first.
 */
public record DiscoveryView(
    Long questionId,
    Boolean welsh,
    int topicsAsked,
    int uncoded,
    int considered,
    boolean sampled,
    int covered,
    long millis,
    List<DiscoveredTopic> topics) {}
