package org.saferpartnerships.workflow.engine;

/** How urgent an item is; routing rules may match on it. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  /** This priority, or the floor if that is more urgent (work for a case goes at least so fast). */
  public Priority atLeast(Priority floor) {
    return compareTo(floor) >= 0 ? this : floor;
  }
}
