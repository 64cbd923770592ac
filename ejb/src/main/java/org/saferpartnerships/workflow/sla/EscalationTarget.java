package org.saferpartnerships.workflow.sla;

/** Whose queue an escalation step moves an item to. */
public enum EscalationTarget {
  /** A queue (such as the lead's) of the organisation holding the item. */
  HOLDER_ORGANISATION,
  /** A queue (such as the chair's) of the CSP's own partnership organisation. */
  CSP_PARTNERSHIP
}
