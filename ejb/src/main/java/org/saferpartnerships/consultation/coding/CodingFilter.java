package org.saferpartnerships.consultation.coding;

/** Which free-text answers to list for coding. */
public enum CodingFilter {
  /** Every answer. */
  ALL,
  /** Answers the caller has not coded yet. */
  NOT_CODED_BY_ME,
  /** Answers the caller has coded. */
  CODED_BY_ME,
  /** Answers two or more analysts have coded: the double-coded sample. */
  DOUBLE_CODED,
  /** Answers written in Welsh. */
  WELSH
}
