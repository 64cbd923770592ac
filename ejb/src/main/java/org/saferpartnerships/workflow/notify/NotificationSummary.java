package org.saferpartnerships.workflow.notify;

import java.time.Instant;
import org.saferpartnerships.workflow.items.WorkItem;

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
