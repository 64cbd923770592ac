package org.saferpartnerships.casereview;

/** Where a case review stands. */
public enum CaseState {
  RECEIVED,
  ACKNOWLEDGED,
  THRESHOLD_NOT_MET,
  THRESHOLD_MET,
  REVIEW_SCHEDULED,
  REVIEW_HELD,
  MONITORING,
  CLOSED;

  /** The states whose threshold may still be decided. */
  public static final java.util.Set<CaseState> AWAITING_DECISION =
      java.util.EnumSet.of(RECEIVED, ACKNOWLEDGED);

  /** Whether the threshold may still be decided (or complaints still change the answer). */
  public boolean awaitsDecision() {
    return this == RECEIVED || this == ACKNOWLEDGED;
  }
}
