package org.saferpartnerships.accountability.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.Organisation;

/**
 * A request for a report from a CSP's responsible authorities (CDA 1998 s7(1)), travelling as a
 * work item; answered by a reply submission.
 */
@Entity
@Table(name = "report_request")
public class ReportRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", nullable = false, updatable = false)
  private Organisation body;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "details", updatable = false)
  private String details;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private long workItemId;

  @Column(name = "reply_submission_id")
  private Long replySubmissionId;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "requested_on", nullable = false, updatable = false)
  private LocalDate requestedOn;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  protected ReportRequest() {}

  ReportRequest(
      Area pfa,
      Area csp,
      Organisation body,
      String subject,
      String details,
      LocalDate dueOn,
      long workItemId,
      LocalDate requestedOn,
      Instant at,
      String by) {
    this.pfa = pfa;
    this.csp = csp;
    this.body = body;
    this.subject = subject;
    this.details = details;
    this.dueOn = dueOn;
    this.workItemId = workItemId;
    this.requestedOn = requestedOn;
    this.requestedAt = at;
    this.requestedBy = by;
  }

  public void answeredBy(long submissionId, LocalDate on) {
    this.replySubmissionId = submissionId;
    this.answeredOn = on;
  }

  public void withdrawn(LocalDate on) {
    this.withdrawnOn = on;
  }

  public boolean isOpen() {
    return answeredOn == null && withdrawnOn == null;
  }

  public Long getId() {
    return id;
  }

  public Area getPfa() {
    return pfa;
  }

  public Area getCsp() {
    return csp;
  }

  public Organisation getBody() {
    return body;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetails() {
    return details;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public long getWorkItemId() {
    return workItemId;
  }

  public Long getReplySubmissionId() {
    return replySubmissionId;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  public LocalDate getRequestedOn() {
    return requestedOn;
  }

  public String getRequestedBy() {
    return requestedBy;
  }
}
