package org.saferpartnerships.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.submission.review.CheckAnswer;

/** A reviewer's answer to one checklist item for one submission. */
@Entity
@Table(name = "submission_check")
public class SubmissionCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  private long submissionId;

  @Column(name = "check_id", nullable = false, updatable = false)
  private long checkId;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer", nullable = false)
  private CheckAnswer answer;

  @Column(name = "note")
  private String note;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Column(name = "answered_by", nullable = false)
  private String answeredBy;

  protected SubmissionCheck() {}

  public SubmissionCheck(long submissionId, long checkId) {
    this.submissionId = submissionId;
    this.checkId = checkId;
  }

  public void answer(CheckAnswer value, String text, Instant at, String by) {
    this.answer = value;
    this.note = text == null || text.isBlank() ? null : text.strip();
    this.answeredAt = at;
    this.answeredBy = by;
  }

  public long getCheckId() {
    return checkId;
  }

  public CheckAnswer getAnswer() {
    return answer;
  }

  public String getNote() {
    return note;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }
}
