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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.workflow.engine.ItemFacts;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.engine.Workflow;
import org.saferpartnerships.workflow.routing.RoutingRule;
import org.saferpartnerships.workflow.routing.TargetBody;
import org.saferpartnerships.workflow.sla.BusinessCalendar;
import org.saferpartnerships.workflow.sla.EscalationStep;
import org.saferpartnerships.workflow.sla.SlaPolicy;
import org.saferpartnerships.workflow.sla.SlaState;
import org.saferpartnerships.workflow.sla.SlaTerms;

/**
 * A routed piece of work: who holds it (organisation, queue, assignee), where it stands in its
 * workflow, and its SLA clock under the policy revision it started with. The clock is kept as dates
 * because SLAs count days; {@code nextCheckOn} tells the scheduler the next day it has something to
 * do (warn or escalate), so its pass reads only the items due for it. Editable: {@code @Version}.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_type", nullable = false, updatable = false)
  private String itemType;

  @NotBlank(message = "{workItem.title.required}")
  @Size(max = 200, message = "{workItem.title.size}")
  @Column(name = "title", nullable = false)
  private String title;

  @Size(max = 4000, message = "{workItem.details.size}")
  @Column(name = "details")
  private String details;

  @Column(name = "subject_ref", updatable = false)
  private String subjectRef;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_body")
  private TargetBody targetBody;

  /** The one organisation of the target kind the sender addressed, if they named one. */
  @Column(name = "addressee_id", updatable = false)
  private Long addresseeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", nullable = false)
  private Priority priority;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "active", nullable = false)
  private boolean active;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(name = "queue", nullable = false)
  private String queue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private Account assignee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sender_organisation_id", nullable = false)
  private Organisation sender;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "routing_rule_id")
  private RoutingRule routingRule;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sla_policy_id", nullable = false, updatable = false)
  private SlaPolicy slaPolicy;

  @Column(name = "started_on", nullable = false, updatable = false)
  private LocalDate startedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "warn_on", nullable = false)
  private LocalDate warnOn;

  @Column(name = "paused_on")
  private LocalDate pausedOn;

  @Column(name = "pause_reason")
  private String pauseReason;

  @Column(name = "warned", nullable = false)
  private boolean warned;

  @Column(name = "escalation_level", nullable = false)
  private int escalationLevel;

  @Column(name = "next_check_on")
  private LocalDate nextCheckOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected WorkItem() {}

  public WorkItem(
      Workflow workflow,
      OpenRequest request,
      Area csp,
      Organisation sender,
      SlaPolicy policy,
      Instant now,
      String by) {
    this.itemType = workflow.type();
    this.title = request.title().strip();
    this.details =
        request.details() == null || request.details().isBlank() ? null : request.details().strip();
    this.subjectRef = request.subjectRef();
    this.csp = csp;
    this.targetBody = request.targetBody();
    this.addresseeId = request.addressee();
    this.priority = request.priority() == null ? Priority.NORMAL : request.priority();
    this.state = workflow.initialState();
    this.active = true;
    this.sender = sender;
    this.slaPolicy = policy;
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
  }

  /**
   * Starts the clock on {@code today}: due when the item's policy says, or on the day the sender
   * set; warned the policy's working days before.
   */
  public void startClock(LocalDate today, LocalDate requestedDue, BusinessCalendar calendar) {
    this.startedOn = today;
    SlaTerms terms = slaPolicy.terms();
    this.dueOn = requestedDue != null ? requestedDue : terms.dueOn(today, calendar);
    this.warnOn = terms.warnOn(today, dueOn, calendar);
  }

  public void routeTo(Organisation organisation, String queue, RoutingRule rule) {
    this.organisation = organisation;
    this.queue = queue;
    this.routingRule = rule;
    this.assignee = null;
  }

  public void moveTo(Organisation organisation, String queue) {
    this.organisation = organisation;
    this.queue = queue;
    this.assignee = null;
  }

  /** The organisation that sent it is succeeded by another (a change of governance). */
  public void sentBy(Organisation successor) {
    this.sender = successor;
  }

  public void assign(Account account) {
    this.assignee = account;
  }

  public void changeState(String newState, boolean isFinal, Instant now) {
    this.state = newState;
    if (isFinal) {
      this.active = false;
      this.closedAt = now;
      this.nextCheckOn = null;
    }
  }

  public void pause(LocalDate today, String reason) {
    this.pausedOn = today;
    this.pauseReason = reason;
    this.nextCheckOn = null;
  }

  /** Ends the pause; the due date moves on by the days it took. Returns the days added. */
  public long resume(LocalDate today, BusinessCalendar calendar) {
    SlaTerms terms = slaPolicy.terms();
    LocalDate before = dueOn;
    this.dueOn = terms.dueAfterPause(dueOn, pausedOn, today, calendar);
    this.warnOn = terms.warnOn(startedOn, dueOn, calendar);
    if (warnOn.isAfter(today)) {
      this.warned = false;
    }
    this.pausedOn = null;
    this.pauseReason = null;
    return java.time.temporal.ChronoUnit.DAYS.between(before, dueOn);
  }

  public void markWarned() {
    this.warned = true;
  }

  public void escalated(int level) {
    this.escalationLevel = level;
  }

  /**
   * Works out the next day the scheduler must look at this item: the warning day until it is
   * warned, then the day of the next rung of the ladder, else never.
   */
  public void scheduleNextCheck(BusinessCalendar calendar) {
    if (!active || pausedOn != null) {
      nextCheckOn = null;
      return;
    }
    if (!warned) {
      nextCheckOn = warnOn;
      return;
    }
    Optional<EscalationStep> next = slaPolicy.stepAfter(escalationLevel);
    nextCheckOn =
        next.map(step -> SlaTerms.escalationOn(dueOn, step.getAfterDays(), calendar)).orElse(null);
  }

  public void touch(Instant now) {
    this.updatedAt = now;
  }

  public SlaState slaState(LocalDate today) {
    return SlaState.of(active, pausedOn, warnOn, dueOn, today);
  }

  public ItemFacts facts() {
    return new ItemFacts(state, pausedOn != null, assignee == null ? null : assignee.getId());
  }

  public String reference() {
    return reference(id);
  }

  public static String reference(Long id) {
    return id == null ? null : "WI-" + id;
  }

  public Long getId() {
    return id;
  }

  public String getItemType() {
    return itemType;
  }

  public String getTitle() {
    return title;
  }

  public String getDetails() {
    return details;
  }

  public Area getCsp() {
    return csp;
  }

  public TargetBody getTargetBody() {
    return targetBody;
  }

  public Long getAddresseeId() {
    return addresseeId;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getState() {
    return state;
  }

  public boolean isActive() {
    return active;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getQueue() {
    return queue;
  }

  public Account getAssignee() {
    return assignee;
  }

  public Organisation getSender() {
    return sender;
  }

  public RoutingRule getRoutingRuleOrNull() {
    return routingRule;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public String getPauseReason() {
    return pauseReason;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public SlaPolicy getSlaPolicy() {
    return slaPolicy;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getWarnOn() {
    return warnOn;
  }

  public LocalDate getPausedOn() {
    return pausedOn;
  }

  public boolean isWarned() {
    return warned;
  }

  public int getEscalationLevel() {
    return escalationLevel;
  }

  public LocalDate getNextCheckOn() {
    return nextCheckOn;
  }

  public long getVersion() {
    return version;
  }
}
