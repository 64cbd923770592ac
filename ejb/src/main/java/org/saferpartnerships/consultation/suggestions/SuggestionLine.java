package org.saferpartnerships.consultation.suggestions;

/** A suggestion waiting for a person: the answer, the theme and how confident the classifier is. */
public record SuggestionLine(
    long id,
    long answerId,
    String questionCode,
    String text,
    long themeId,
    String themeCode,
    String labelEn,
    String labelCy,
    double confidence,
    long version)
    implements java.io.Serializable {}
