package org.saferpartnerships.workflow.engine;

/** How urgent an item is; routing rules may match on it. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
