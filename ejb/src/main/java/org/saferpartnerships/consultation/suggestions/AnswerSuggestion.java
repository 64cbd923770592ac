package org.saferpartnerships.consultation.suggestions;

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
import java.time.Instant;
import org.saferpartnerships.consultation.coding.Theme;
import org.saferpartnerships.consultation.responses.ConsultationAnswer;

/**
 * A theme suggested for an uncoded answer, with the classifier's confidence, until a person accepts
 * it (it becomes their coding) or rejects it (it is not suggested for that answer again).
 */
@Entity
@Table(name = "answer_suggestion")
public class AnswerSuggestion {

  /** What a person decided. */
  public enum Decision {
    ACCEPTED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false, updatable = false)
  private Long runId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "answer_id", nullable = false, updatable = false)
  private ConsultationAnswer answer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "theme_id", nullable = false, updatable = false)
  private Theme theme;

  @Column(name = "confidence", nullable = false, updatable = false)
  private double confidence;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision")
  private Decision decision;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AnswerSuggestion() {}

  void decide(Decision decision, String by, Instant at) {
    this.decision = decision;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getRunId() {
    return runId;
  }

  public ConsultationAnswer getAnswer() {
    return answer;
  }

  public Theme getTheme() {
    return theme;
  }

  public double getConfidence() {
    return confidence;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public long getVersion() {
    return version;
  }
}
