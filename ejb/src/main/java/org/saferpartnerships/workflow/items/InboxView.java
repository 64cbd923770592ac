package org.saferpartnerships.workflow.items;

/** Which items an inbox lists before its filters apply. */
public enum InboxView {
  /** Held by the organisations the caller acts for. */
  HELD,
  /** Assigned to the caller. */
  MINE,
  /** Sent by the caller's organisations. */
  SENT,
  /** Every item of the caller's CSPs, whoever holds it (coordinators). */
  CSP,
  /** Every item (administrators). */
  ALL
}
