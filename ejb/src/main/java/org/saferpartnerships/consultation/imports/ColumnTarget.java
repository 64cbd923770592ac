package org.saferpartnerships.consultation.imports;

/**
 * What a column of an imported file holds. A file is either one row per respondent (a column per
 * question, as Citizen Space exports) or one row per answer (a column naming the question and a
 * column with the answer, rows of one respondent joined by their reference), or a mix of both.
 */
public enum ColumnTarget {
  /** Not imported. */
  IGNORE,
  /** The answer to one question. */
  QUESTION,
  /** The respondent's reference in the source system: rows with the same one are one response. */
  REFERENCE,
  /** The respondent category, by code or label. */
  CATEGORY,
  /** The organisation the respondent answered for; blank when they answered for themselves. */
  ORGANISATION,
  /** The day the response was submitted. */
  SUBMITTED_ON,
  /** In a file of one row per answer: the question answered, by code or text. */
  QUESTION_NAME,
  /** In a file of one row per answer: the answer to the question named in the row. */
  ANSWER,
  /**
   * A theme of the codebook: a mark in the column (1, x, yes, true) codes the row's written answer
   * with it, as the importing analyst's coding. Files coded elsewhere come in with their coding.
   */
  THEME;

  /** Whether the target takes a question. */
  public boolean needsQuestion() {
    return this == QUESTION;
  }
}
