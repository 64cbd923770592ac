package org.saferpartnerships.workflow.items;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.workflow.documents.AttachmentSummary;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.engine.Transition;
import org.saferpartnerships.workflow.routing.RoutingRule;
import org.saferpartnerships.workflow.routing.TargetBody;
import org.saferpartnerships.workflow.sla.SlaPolicy;
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

  /** The detail of an item as its page shows it, with what the caller may do and its history. */
  static WorkItemDetail of(
      WorkItem item,
      LocalDate today,
      List<Transition> available,
      List<Colleague> colleagues,
      List<HistoryLine> history,
      List<AttachmentSummary> attachments) {
    RoutingRule rule = item.getRoutingRuleOrNull();
    SlaPolicy policy = item.getSlaPolicy();
    return new WorkItemDetail(
        item.getId(),
        item.getItemType(),
        item.getTitle(),
        item.getDetails(),
        item.getSubjectRef(),
        item.getCsp().getGssCode(),
        item.getCsp().getName(),
        item.getCsp().getNameCy(),
        item.getTargetBody(),
        item.getPriority(),
        item.getState(),
        item.isActive(),
        item.getOrganisation().getId(),
        item.getOrganisation().getName(),
        item.getOrganisation().getNameCy(),
        item.getQueue(),
        item.getAssignee() == null ? null : item.getAssignee().getId(),
        item.getAssignee() == null ? null : item.getAssignee().getDisplayName(),
        item.getSender().getName(),
        item.getSender().getNameCy(),
        rule == null ? null : rule.getKey(),
        rule == null ? null : rule.getRevision(),
        policy.getName(),
        policy.getNameCy(),
        item.getStartedOn(),
        item.getDueOn(),
        item.getWarnOn(),
        item.getPausedOn(),
        item.getPauseReason(),
        item.getEscalationLevel(),
        item.getCreatedAt(),
        item.getCreatedBy(),
        item.getClosedAt(),
        item.getVersion(),
        item.slaState(today),
        available,
        colleagues,
        history,
        attachments);
  }

  public String reference() {
    return WorkItem.reference(id);
  }

  public boolean may(String action) {
    return available.stream().anyMatch(row -> row.action().equals(action));
  }
}
