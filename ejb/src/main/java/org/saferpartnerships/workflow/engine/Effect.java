package org.saferpartnerships.workflow.engine;

/** What a transition does to an item besides changing its state. */
public enum Effect {
  ASSIGN_CALLER,
  ASSIGN_CHOSEN,
  UNASSIGN,
  /** Back to the organisation that sent it, in its returns queue. */
  SEND_BACK,
  /** Through the routing rules again, as when it was opened. */
  REROUTE,
  PAUSE_CLOCK,
  RESUME_CLOCK
}
