package org.saferpartnerships.submission;

/**
 * Where a submission has got: prepared by the CSP, sent and waiting, being reviewed, returned for
 * changes (a new version is being prepared), signed off, or withdrawn by the CSP.
 */
public enum SubmissionState {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  RETURNED,
  SIGNED_OFF,
  WITHDRAWN;

  /** Whether the CSP may change its current version. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  /** Whether it has been sent at least once and not withdrawn. */
  public boolean sent() {
    return this == SUBMITTED || this == IN_REVIEW || this == RETURNED || this == SIGNED_OFF;
  }
}
