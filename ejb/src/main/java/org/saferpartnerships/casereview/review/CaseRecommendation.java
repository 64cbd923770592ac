package org.saferpartnerships.casereview.review;

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
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A recommendation of a review to a named body, with a due date; it travels as a work item routed
 * to that body, whose response (accepted with an action, or declined with reasons) comes back here.
 */
@Entity
@Table(name = "case_recommendation")
public class CaseRecommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_review_id", nullable = false, updatable = false)
  private CaseReview caseReview;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_body", nullable = false, updatable = false)
  private TargetBody targetBody;

  @Column(name = "recommendation", nullable = false, updatable = false)
  private String text;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private long workItemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "response")
  private RecommendationResponse response;

  @Column(name = "response_text")
  private String responseText;

  @Column(name = "responded_on")
  private LocalDate respondedOn;

  @Column(name = "responded_by")
  private String respondedBy;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected CaseRecommendation() {}

  public CaseRecommendation(
      CaseReview caseReview,
      int seq,
      RecommendationRequest request,
      long workItemId,
      Instant at,
      String by) {
    this.caseReview = caseReview;
    this.seq = seq;
    this.targetBody = request.targetBody();
    this.text = request.text().trim();
    this.dueOn = request.dueOn();
    this.workItemId = workItemId;
    this.createdAt = at;
    this.createdBy = by;
  }

  void respond(RecommendationResponse response, String text, LocalDate on, String by) {
    this.response = response;
    this.responseText = text;
    this.respondedOn = on;
    this.respondedBy = by;
  }

  void complete(LocalDate on) {
    this.completedOn = on;
  }

  public Long getId() {
    return id;
  }

  public CaseReview getCaseReview() {
    return caseReview;
  }

  public int getSeq() {
    return seq;
  }

  public TargetBody getTargetBody() {
    return targetBody;
  }

  public String getText() {
    return text;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public long getWorkItemId() {
    return workItemId;
  }

  public RecommendationResponse getResponse() {
    return response;
  }

  public String getResponseText() {
    return responseText;
  }

  public LocalDate getRespondedOn() {
    return respondedOn;
  }

  public String getRespondedBy() {
    return respondedBy;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }
}
