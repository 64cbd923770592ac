package org.saferpartnerships.consultation.reports;

/** How many live answers to a question were given a theme (by any analyst). */
public record ThemeTally(long questionId, long themeId, long answers) {}
