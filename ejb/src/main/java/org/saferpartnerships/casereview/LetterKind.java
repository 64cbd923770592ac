package org.saferpartnerships.casereview;

/** The letters an applicant is sent as their case goes on. */
public enum LetterKind {
  ACKNOWLEDGEMENT,
  THRESHOLD_DECISION,
  OUTCOME
}
