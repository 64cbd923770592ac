package org.saferpartnerships.casereview.letters;

/** What a message to an applicant is about. */
public enum CaseMessageKind {
  /** The public form's confirmation: the reference and what happens next. */
  APPLICATION_RECEIVED,
  /** A letter (acknowledgement, decision, outcome), attached as PDF. */
  LETTER
}
