package org.saferpartnerships.casereview;

/** The threshold decision. */
public enum ThresholdOutcome {
  MET,
  NOT_MET
}
