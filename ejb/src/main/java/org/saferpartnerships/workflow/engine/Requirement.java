package org.saferpartnerships.workflow.engine;

/** A guard on a transition: what must be true, or given, for the action to be taken. */
public enum Requirement {
  /** A reason in words (return, pause, refuse, cancel). */
  REASON,
  /**
   * What was done, in words, given in the same field as a reason: the sender reads it in the item's
   * history (completing an action request).
   */
  OUTCOME,
  /** A colleague in the holding organisation to assign it to. */
  ASSIGNEE,
  /** Nobody holds it yet. */
  UNASSIGNED,
  /** The clock is running. */
  RUNNING,
  /** The clock is paused. */
  PAUSED
}
