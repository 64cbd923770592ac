package org.saferpartnerships.consultation.coding;

/** An answer's text, for the answers two analysts coded differently. */
public record AnswerText(long answerId, String text) {}
