package org.saferpartnerships.workflow.items;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.workflow.documents.AttachmentSummary;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.engine.Transition;
import org.saferpartnerships.workflow.routing.TargetBody;
import org.saferpartnerships.workflow.sla.SlaState;

/**
 * An item's page: the item, its SLA, its history and attachments, and what the caller may do with
 * it now (from the workflow's table), with the colleagues it could be assigned to.
 */
public record WorkItemDetail(
    long id,
    String itemType,
    String title,
    String details,
    String subjectRef,
    String cspCode,
    String cspName,
    String cspNameCy,
    TargetBody targetBody,
    Priority priority,
    String state,
    boolean active,
    long organisationId,
    String organisationName,
    String organisationNameCy,
    String queue,
    Long assigneeId,
    String assigneeName,
    String senderName,
    String senderNameCy,
    String ruleKey,
    Integer ruleRevision,
    String policyName,
    String policyNameCy,
    LocalDate startedOn,
    LocalDate dueOn,
    LocalDate warnOn,
    LocalDate pausedOn,
    String pauseReason,
    int escalationLevel,
    Instant createdAt,
    String createdBy,
    Instant closedAt,
    long version,
    SlaState sla,
    List<Transition> available,
    List<Colleague> colleagues,
    List<HistoryLine> history,
    List<AttachmentSummary> attachments)
    implements java.io.Serializable {

  public String reference() {
    return WorkItem.reference(id);
  }

  public boolean may(String action) {
    return available.stream().anyMatch(row -> row.action().equals(action));
  }
}
