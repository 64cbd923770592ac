package org.saferpartnerships.submission.review;

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

/**
 * A recommendation the policing body made in its review of a submission. It travels to the
 * partnership as a work item; the response (accepted with an action, declined with reasons) comes
 * back here through {@link ReviewProgress}.
 */
@Entity
@Table(name = "submission_recommendation")
public class SubmissionRecommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  private long submissionId;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "recommendation", nullable = false, updatable = false)
  private String text;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private long workItemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "response")
  private RecommendationOutcome response;

  @Column(name = "response_text")
  private String responseText;

  @Column(name = "responded_on")
  private LocalDate respondedOn;

  @Column(name = "responded_by")
  private String respondedBy;

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
    this.submissionId = submissionId;
    this.seq = seq;
    this.text = text;
    this.dueOn = dueOn;
    this.workItemId = workItemId;
    this.madeOn = madeOn;
    this.madeAt = at;
    this.madeBy = by;
  }

  void respond(RecommendationOutcome outcome, String text, LocalDate on, String by) {
    this.response = outcome;
    this.responseText = text;
    this.respondedOn = on;
    this.respondedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public int getSeq() {
    return seq;
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

  public RecommendationOutcome getResponse() {
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

  public LocalDate getMadeOn() {
    return madeOn;
  }
}
