package org.saferpartnerships.workflow.engine;

/**
 * Where a routing rule sends an item: a named organisation, or the one organisation of the item's
 * target body type in its CSP (its force, its council, its policing body, its member fire service).
 */
public enum Destination {
  ORGANISATION,
  CSP_BODY
}
