package org.saferpartnerships.accountability.requests;

import java.io.Serializable;
import java.time.LocalDate;

/** A report request as its lists show it, with where its work item has got. */
public record ReportRequestView(
    long id,
    String pfaCode,
    String cspCode,
    String cspName,
    String cspNameCy,
    String bodyName,
    String subject,
    String details,
    LocalDate requestedOn,
    LocalDate dueOn,
    long workItemId,
    String itemState,
    String holderName,
    Long replySubmissionId,
    LocalDate answeredOn,
    LocalDate withdrawnOn)
    implements Serializable {

  public String itemReference() {
    return String.format("WI-%06d", workItemId);
  }

  public boolean open() {
    return answeredOn == null && withdrawnOn == null;
  }

  /** Still open after its due date. */
  public boolean overdue(LocalDate today) {
    return open() && today.isAfter(dueOn);
  }
}
