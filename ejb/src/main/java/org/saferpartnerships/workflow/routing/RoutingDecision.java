package org.saferpartnerships.workflow.routing;

/** The organisation and queue an item goes to, and the rule revision that chose them (or null). */
public record RoutingDecision(long organisationId, String queue, Long ruleId) {}
