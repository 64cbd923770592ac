package org.saferpartnerships.consultation.campaigns;

/** A group of near-identical answers to one question: its size and its template answer. */
public record CampaignGroupLine(
    long id,
    long questionId,
    String questionCode,
    int size,
    long templateAnswerId,
    String templateText)
    implements java.io.Serializable {}
