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
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A request for information to a body taking part in a review (ASBCPA 2014 Sch 4 para 7), sent as
 * an information request work item routed to that body.
 */
@Entity
@Table(name = "case_information_request")
public class CaseInformationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_review_id", nullable = false, updatable = false)
  private CaseReview caseReview;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_body", nullable = false, updatable = false)
  private TargetBody targetBody;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private long workItemId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected CaseInformationRequest() {}

  public CaseInformationRequest(
      CaseReview caseReview, TargetBody targetBody, long workItemId, Instant at, String by) {
    this.caseReview = caseReview;
    this.targetBody = targetBody;
    this.workItemId = workItemId;
    this.createdAt = at;
    this.createdBy = by;
  }

  public TargetBody getTargetBody() {
    return targetBody;
  }

  public long getWorkItemId() {
    return workItemId;
  }
}
