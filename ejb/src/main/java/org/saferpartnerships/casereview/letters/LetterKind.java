package org.saferpartnerships.casereview.letters;

/** The letters an applicant is sent as their case goes on. */
public enum LetterKind {
  ACKNOWLEDGEMENT,
  THRESHOLD_DECISION,
  OUTCOME,
  /** The policing body's outcome of the applicant's request for review, whatever it is. */
  ESCALATION_OUTCOME
}
