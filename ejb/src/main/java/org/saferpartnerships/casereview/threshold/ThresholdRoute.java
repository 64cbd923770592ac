package org.saferpartnerships.casereview.threshold;

/** How an application met the threshold. */
public enum ThresholdRoute {
  /** Enough qualifying complaints. */
  COUNT,
  /** A qualifying hate incident, where the area's rule says one is enough. */
  HATE_INCIDENT,
  /** Enough qualifying reports at one location by several people. */
  LOCATION,
  /** A senior officer's decision for a vulnerable victim, with reasons. */
  DISCRETION
}
