package org.saferpartnerships.workflow.sla;

import java.time.LocalDate;

/**
 * Where an item stands against its SLA today. Shown by text and colour; the inbox filters on it in
 * SQL through the same rules (see {@code WorkItemRepository}).
 */
public enum SlaState {
  ON_TRACK,
  DUE_SOON,
  BREACHED,
  PAUSED,
  CLOSED;

  public static SlaState of(
      boolean active, LocalDate pausedOn, LocalDate warnOn, LocalDate dueOn, LocalDate today) {
    if (!active) {
      return CLOSED;
    }
    if (pausedOn != null) {
      return PAUSED;
    }
    if (today.isAfter(dueOn)) {
      return BREACHED;
    }
    return today.isBefore(warnOn) ? ON_TRACK : DUE_SOON;
  }
}
