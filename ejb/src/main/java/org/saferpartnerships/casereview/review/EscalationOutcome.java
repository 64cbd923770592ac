package org.saferpartnerships.casereview.review;

/** Where an applicant's request for review by the policing body stands. */
public enum EscalationOutcome {
  REQUESTED,
  HEARING,
  REFUSED,
  /** Upheld: the partnership takes the threshold decision again. */
  UPHELD,
  /** Upheld: the policing body directs that a case review be held. */
  UPHELD_REVIEW,
  NOT_UPHELD
}
