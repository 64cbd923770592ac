package org.saferpartnerships.workflow.routing;

import org.saferpartnerships.workflow.engine.Priority;

/** What routing looks at: the item's type, CSP and its force area, target body and priority. */
public record RouteRequest(
    String itemType, long cspId, Long pfaId, TargetBody targetBody, Priority priority) {}
