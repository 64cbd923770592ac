package org.saferpartnerships.casereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.workflow.routing.RoutedRecommendation;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A recommendation of a review to a named body, with a due date; it travels as a work item routed
 * to that body, whose response (accepted with an action, or declined with reasons) comes back here.
 */
@Entity
@Table(name = "case_recommendation")
public class CaseRecommendation extends RoutedRecommendation {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_review_id", nullable = false, updatable = false)
  private CaseReview caseReview;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_body", nullable = false, updatable = false)
  private TargetBody targetBody;

  @Enumerated(EnumType.STRING)
  @Column(name = "response")
  private RecommendationResponse response;

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
    super(seq, request.text().trim(), request.dueOn(), workItemId);
    this.caseReview = caseReview;
    this.targetBody = request.targetBody();
    this.createdAt = at;
    this.createdBy = by;
  }

  void respond(RecommendationResponse response, String text, LocalDate on, String by) {
    this.response = response;
    answered(text, on, by);
  }

  void complete(LocalDate on) {
    this.completedOn = on;
  }

  public CaseReview getCaseReview() {
    return caseReview;
  }

  public TargetBody getTargetBody() {
    return targetBody;
  }

  public RecommendationResponse getResponse() {
    return response;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }
}
