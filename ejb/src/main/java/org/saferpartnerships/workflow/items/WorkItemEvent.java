package org.saferpartnerships.workflow.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.persistence.BulkInsert;
import org.saferpartnerships.workflow.engine.EventType;
import org.saferpartnerships.workflow.routing.RoutingRule;
import org.saferpartnerships.workflow.sla.EscalationBatch;

/**
 * One line of an item's history: who did what, when, and what it changed (state, holder, assignee,
 * due date), with the routing rule or escalation step behind it. Written once, never changed.
 */
@Entity
@Table(name = "work_item_event")
public class WorkItemEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_item_id", nullable = false, updatable = false)
  private WorkItem item;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, updatable = false)
  private EventType type;

  @Column(name = "action_name", updatable = false)
  private String action;

  @Column(name = "from_state", updatable = false)
  private String fromState;

  @Column(name = "to_state", updatable = false)
  private String toState;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @Column(name = "queue", updatable = false)
  private String queue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id", updatable = false)
  private Account assignee;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "routing_rule_id", updatable = false)
  private RoutingRule rule;

  @Column(name = "escalation_level", updatable = false)
  private Integer escalationLevel;

  @Column(name = "due_on", updatable = false)
  private LocalDate dueOn;

  @Column(name = "note", updatable = false)
  private String note;

  protected WorkItemEvent() {}

  /** A history line that records the item as it now is after the change. */
  public WorkItemEvent(
      WorkItem item,
      EventType type,
      String action,
      String fromState,
      String note,
      Instant at,
      String actor) {
    this.item = item;
    this.type = type;
    this.action = action;
    this.fromState = fromState;
    this.toState = item.getState();
    this.organisation = item.getOrganisation();
    this.queue = item.getQueue();
    this.assignee = item.getAssignee();
    this.dueOn = item.getDueOn();
    this.escalationLevel = item.getEscalationLevel();
    this.note = note;
    this.occurredAt = at;
    this.actor = actor;
  }

  /**
   * The scheduler writes its history lines in sets (see {@link EscalationBatch}); these are the
   * columns such a line sets, the same as the constructor's.
   */
  public static BulkInsert newRows() {
    return new BulkInsert(
        "work_item_event",
        "work_item_id",
        "occurred_at",
        "actor",
        "event_type",
        "from_state",
        "to_state",
        "organisation_id",
        "queue",
        "assignee_id",
        "escalation_level",
        "due_on",
        "note");
  }

  /** A line recording the item as it now is, with no action, note or rule: a system event. */
  public static void addRow(
      BulkInsert rows, WorkItem item, EventType type, String fromState, Instant at, String actor) {
    rows.add(
        item.getId(),
        at,
        actor,
        type,
        fromState,
        item.getState(),
        item.getOrganisation().getId(),
        item.getQueue(),
        item.getAssignee() == null ? null : item.getAssignee().getId(),
        item.getEscalationLevel(),
        item.getDueOn(),
        null);
  }

  public WorkItemEvent withRule(RoutingRule rule) {
    this.rule = rule;
    return this;
  }

  public Long getId() {
    return id;
  }

  public String getNote() {
    return note;
  }

  public EventType getType() {
    return type;
  }
}
