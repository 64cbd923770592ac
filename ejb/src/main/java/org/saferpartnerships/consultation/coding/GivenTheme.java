package org.saferpartnerships.consultation.coding;

/** A theme an analyst gave an answer (its code; null for a coding that gave none). */
public record GivenTheme(long answerId, String themeCode) {}
