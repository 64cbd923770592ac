package org.saferpartnerships.workflow.engine;

/**
 * Who may take an action, relative to the item: the organisation holding it, the person it is
 * assigned to, the coordinator of its CSP, or the organisation that sent it.
 */
public enum Party {
  HOLDER,
  ASSIGNEE,
  COORDINATOR,
  SENDER
}
