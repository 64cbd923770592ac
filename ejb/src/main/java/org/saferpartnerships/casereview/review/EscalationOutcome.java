package org.saferpartnerships.casereview.review;

/** Where an applicant's request for review by the policing body stands. */
public enum EscalationOutcome {
  REQUESTED,
  HEARING,
  REFUSED,
  UPHELD,
  NOT_UPHELD
}
