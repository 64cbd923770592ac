package org.saferpartnerships.submission.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.workflow.routing.RoutedRecommendation;

/**
 * A recommendation the policing body made in its review of a submission. It travels to the
 * partnership as a work item; the response (accepted with an action, declined with reasons) comes
 * back here through {@link ReviewProgress}.
 */
@Entity
@Table(name = "submission_recommendation")
public class SubmissionRecommendation extends RoutedRecommendation {

  @Column(name = "submission_id", nullable = false, updatable = false)
  private long submissionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "response")
  private RecommendationOutcome response;

  @Column(name = "made_on", nullable = false, updatable = false)
  private LocalDate madeOn;

  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  @Column(name = "made_by", nullable = false, updatable = false)
  private String madeBy;

  protected SubmissionRecommendation() {}

  public SubmissionRecommendation(
      long submissionId,
      int seq,
      String text,
      LocalDate dueOn,
      long workItemId,
      LocalDate madeOn,
      Instant at,
      String by) {
    super(seq, text, dueOn, workItemId);
    this.submissionId = submissionId;
    this.madeOn = madeOn;
    this.madeAt = at;
    this.madeBy = by;
  }

  void respond(RecommendationOutcome outcome, String text, LocalDate on, String by) {
    this.response = outcome;
    answered(text, on, by);
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public RecommendationOutcome getResponse() {
    return response;
  }

  public LocalDate getMadeOn() {
    return madeOn;
  }
}
