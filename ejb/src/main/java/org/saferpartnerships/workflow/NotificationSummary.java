package org.saferpartnerships.workflow;

import java.time.Instant;

/** A notice in the caller's list. */
public record NotificationSummary(
    long id,
    NotificationKind kind,
    long workItemId,
    String detail,
    Instant createdAt,
    boolean read) {

  public String reference() {
    return WorkItem.reference(workItemId);
  }
}
