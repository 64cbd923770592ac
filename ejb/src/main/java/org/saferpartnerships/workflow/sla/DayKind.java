package org.saferpartnerships.workflow.sla;

/** Whether an SLA counts working days or calendar days. */
public enum DayKind {
  WORKING,
  CALENDAR
}
