package org.saferpartnerships.accountability.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.workflow.routing.TargetBody;

/** An action agreed at a meeting, routed to its owner as a work item. */
@Entity
@Table(name = "meeting_action")
public class MeetingAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false, updatable = false)
  private long meetingId;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "action_text", nullable = false, updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_body", nullable = false, updatable = false)
  private TargetBody targetBody;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private long workItemId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected MeetingAction() {}

  MeetingAction(
      long meetingId,
      int seq,
      String text,
      TargetBody targetBody,
      LocalDate dueOn,
      long workItemId,
      Instant at,
      String by) {
    this.meetingId = meetingId;
    this.seq = seq;
    this.text = text;
    this.targetBody = targetBody;
    this.dueOn = dueOn;
    this.workItemId = workItemId;
    this.createdAt = at;
    this.createdBy = by;
  }

  public int getSeq() {
    return seq;
  }

  public String getText() {
    return text;
  }

  public TargetBody getTargetBody() {
    return targetBody;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public long getWorkItemId() {
    return workItemId;
  }
}
