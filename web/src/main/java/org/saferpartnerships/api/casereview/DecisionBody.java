package org.saferpartnerships.api.casereview;

/** The threshold decision: the case version seen, and for discretion who decided and why. */
public record DecisionBody(Long version, Boolean discretionary, String decidedBy, String reason) {}
