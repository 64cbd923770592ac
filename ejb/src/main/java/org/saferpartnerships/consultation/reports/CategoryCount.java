package org.saferpartnerships.consultation.reports;

/**
 * A count of live responses or answers for one thing (a question or an option; null for none) and
 * one respondent category (null for respondents without one).
 */
public record CategoryCount(Long id, Long categoryId, long count) {}
