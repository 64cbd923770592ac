package org.saferpartnerships.casereview.threshold;

/** The threshold decision. */
public enum ThresholdOutcome {
  MET,
  NOT_MET
}
