package org.saferpartnerships.workflow;

/** Whether an SLA counts working days or calendar days. */
public enum DayKind {
  WORKING,
  CALENDAR
}
