package org.saferpartnerships.workflow;

/** What routing looks at: the item's type, CSP and its force area, target body and priority. */
public record RouteRequest(
    String itemType, long cspId, Long pfaId, TargetBody targetBody, Priority priority) {}
