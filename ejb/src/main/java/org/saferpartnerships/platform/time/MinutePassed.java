package org.saferpartnerships.platform.time;

import java.time.Instant;

/**
 * Fired by the scheduler once a minute on every instance, after its own pass, so that other
 * contexts run their background work (their outboxes) without the workflow knowing them.
 */
public record MinutePassed(Instant at) {}
