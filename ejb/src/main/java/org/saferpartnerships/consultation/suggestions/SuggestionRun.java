package org.saferpartnerships.consultation.suggestions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.saferpartnerships.consultation.text.MultiLabelScores;

/**
 * A training of the theme suggestions on a consultation's coding: when and by whom, the confidence
 * a suggestion needs, and, once done, what it was trained and measured on and how well it did
 * against the coded answers held back, beside the most-frequent-themes baseline.
 */
@Entity
@Table(name = "suggestion_run")
public class SuggestionRun {

  /** Where a run is. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private Long consultationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "threshold", nullable = false, updatable = false)
  private double threshold;

  @Column(name = "coded_answers")
  private Integer codedAnswers;

  @Column(name = "training_answers")
  private Integer trainingAnswers;

  @Column(name = "held_back_answers")
  private Integer heldBackAnswers;

  @Column(name = "themes_learnt")
  private Integer themesLearnt;

  @Column(name = "micro_precision")
  private Double microPrecision;

  @Column(name = "micro_recall")
  private Double microRecall;

  @Column(name = "micro_f1")
  private Double microF1;

  @Column(name = "macro_precision")
  private Double macroPrecision;

  @Column(name = "macro_recall")
  private Double macroRecall;

  @Column(name = "macro_f1")
  private Double macroF1;

  @Column(name = "baseline_micro_f1")
  private Double baselineMicroF1;

  @Column(name = "baseline_macro_f1")
  private Double baselineMacroF1;

  @Column(name = "training_ms")
  private Long trainingMs;

  @Column(name = "suggestions")
  private Integer suggestions;

  @Column(name = "failure")
  private String failure;

  @Column(name = "started_by", nullable = false, updatable = false)
  private String startedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SuggestionRun() {}

  SuggestionRun(long consultationId, double threshold, String startedBy, Instant at) {
    this.consultationId = consultationId;
    this.threshold = threshold;
    this.startedBy = startedBy;
    this.createdAt = at;
    this.state = State.QUEUED;
  }

  void start() {
    state = State.RUNNING;
  }

  void finish(
      int coded,
      int training,
      int heldBack,
      int learnt,
      MultiLabelScores scores,
      MultiLabelScores baseline,
      long ms,
      int suggested,
      Instant at) {
    codedAnswers = coded;
    trainingAnswers = training;
    heldBackAnswers = heldBack;
    themesLearnt = learnt;
    microPrecision = scores.microPrecision();
    microRecall = scores.microRecall();
    microF1 = scores.microF1();
    macroPrecision = scores.macroPrecision();
    macroRecall = scores.macroRecall();
    macroF1 = scores.macroF1();
    baselineMicroF1 = baseline.microF1();
    baselineMacroF1 = baseline.macroF1();
    trainingMs = ms;
    suggestions = suggested;
    finishedAt = at;
    state = State.DONE;
  }

  void fail(String why, Instant at) {
    failure = why == null ? null : why.substring(0, Math.min(200, why.length()));
    finishedAt = at;
    state = State.FAILED;
  }

  public Long getId() {
    return id;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public State getState() {
    return state;
  }

  public double getThreshold() {
    return threshold;
  }

  public Integer getCodedAnswers() {
    return codedAnswers;
  }

  public Integer getTrainingAnswers() {
    return trainingAnswers;
  }

  public Integer getHeldBackAnswers() {
    return heldBackAnswers;
  }

  public Integer getThemesLearnt() {
    return themesLearnt;
  }

  public Double getMicroPrecision() {
    return microPrecision;
  }

  public Double getMicroRecall() {
    return microRecall;
  }

  public Double getMicroF1() {
    return microF1;
  }

  public Double getMacroPrecision() {
    return macroPrecision;
  }

  public Double getMacroRecall() {
    return macroRecall;
  }

  public Double getMacroF1() {
    return macroF1;
  }

  public Double getBaselineMicroF1() {
    return baselineMicroF1;
  }

  public Double getBaselineMacroF1() {
    return baselineMacroF1;
  }

  public Long getTrainingMs() {
    return trainingMs;
  }

  public Integer getSuggestions() {
    return suggestions;
  }

  public String getFailure() {
    return failure;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getVersion() {
    return version;
  }
}
