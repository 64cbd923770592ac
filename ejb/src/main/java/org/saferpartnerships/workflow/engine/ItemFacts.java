package org.saferpartnerships.workflow.engine;

/** What the transition rules need to know of an item. */
public record ItemFacts(String state, boolean paused, Long assigneeId) {}
