package org.saferpartnerships.workflow.items;

import java.time.Instant;

/**
 * Fired in the transaction of an action taken on a work item, after it is recorded, so that the
 * context that opened the item (by its {@code subjectRef}) can follow what became of it: a case
 * review learns a body's response to its recommendation this way.
 */
public record WorkItemActed(
    long itemId,
    String itemType,
    String subjectRef,
    String action,
    String fromState,
    String toState,
    String reason,
    String note,
    String actor,
    Instant at) {}
