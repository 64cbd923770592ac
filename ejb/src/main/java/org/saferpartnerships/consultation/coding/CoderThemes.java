package org.saferpartnerships.consultation.coding;

/** One theme (null: none) an analyst gave an answer that two or more analysts coded. */
public record CoderThemes(long answerId, String coder, Long themeId) {}
