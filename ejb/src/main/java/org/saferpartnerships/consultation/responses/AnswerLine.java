package org.saferpartnerships.consultation.responses;

import java.util.List;

/**
 * A free-text answer in the coding list: its text, how many analysts coded it, the caller's themes.
 */
public record AnswerLine(
    long answerId,
    String questionCode,
    String text,
    long coders,
    boolean codedByMe,
    List<String> myThemes)
    implements java.io.Serializable {}
