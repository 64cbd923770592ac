package org.saferpartnerships.workflow.notify;

/** Why someone is told about an item. */
public enum NotificationKind {
  ROUTED,
  ASSIGNED,
  RETURNED,
  DUE_SOON,
  ESCALATED
}
