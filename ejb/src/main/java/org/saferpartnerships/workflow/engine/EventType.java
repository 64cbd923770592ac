package org.saferpartnerships.workflow.engine;

/** The kinds of line in an item's history. */
public enum EventType {
  OPENED,
  ROUTED,
  ACTION,
  NOTE,
  ATTACHMENT,
  PAUSED,
  RESUMED,
  WARNED,
  ESCALATED
}
