package org.saferpartnerships.workflow.items;

import org.saferpartnerships.workflow.sla.SlaState;

/**
 * An inbox's filters; null means any. {@code assigneeId} -1 means "nobody yet". Closed items are
 * left out unless asked for (or unless the SLA filter is CLOSED).
 */
public record InboxFilter(
    InboxView view,
    String queue,
    String itemType,
    String cspCode,
    String state,
    Long assigneeId,
    SlaState sla,
    boolean includeClosed) {

  public static final long UNASSIGNED = -1L;

  public static InboxFilter held() {
    return new InboxFilter(InboxView.HELD, null, null, null, null, null, null, false);
  }
}
