package org.saferpartnerships.workflow.routing;

import org.saferpartnerships.workflow.engine.Priority;

/**
 * What routing looks at: the item's type, CSP and its force area, target body and priority, and the
 * one organisation of the target kind it is addressed to, if the sender named one.
 */
public record RouteRequest(
    String itemType,
    long cspId,
    Long pfaId,
    TargetBody targetBody,
    Priority priority,
    Long addressee) {

  public RouteRequest(
      String itemType, long cspId, Long pfaId, TargetBody targetBody, Priority priority) {
    this(itemType, cspId, pfaId, targetBody, priority, null);
  }
}
