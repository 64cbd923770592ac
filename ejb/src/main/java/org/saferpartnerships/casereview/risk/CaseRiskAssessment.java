package org.saferpartnerships.casereview.risk;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.casereview.CaseState;

/** One risk and vulnerability assessment of a case: the answers, their total and its band. */
@Entity
@Table(name = "case_risk_assessment")
public class CaseRiskAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseReview caseReview;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "form_id", nullable = false, updatable = false)
  private RiskForm form;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "band_id", nullable = false, updatable = false)
  private RiskBand band;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false, updatable = false)
  private CaseState stage;

  @Column(name = "score", nullable = false, updatable = false)
  private int score;

  @Column(name = "note")
  private String note;

  @Column(name = "assessed_on", nullable = false, updatable = false)
  private LocalDate assessedOn;

  @Column(name = "assessed_at", nullable = false, updatable = false)
  private Instant assessedAt;

  @Column(name = "assessed_by", nullable = false, updatable = false)
  private String assessedBy;

  @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST)
  private List<CaseRiskAnswer> answers = new ArrayList<>();

  protected CaseRiskAssessment() {}

  CaseRiskAssessment(
      CaseReview caseReview,
      RiskForm form,
      RiskBand band,
      int score,
      String note,
      LocalDate on,
      Instant at,
      String by) {
    this.caseReview = caseReview;
    this.form = form;
    this.band = band;
    this.stage = caseReview.getState();
    this.score = score;
    this.note = note == null || note.isBlank() ? null : note.trim();
    this.assessedOn = on;
    this.assessedAt = at;
    this.assessedBy = by;
  }

  void answer(RiskQuestion question, RiskOption option) {
    answers.add(new CaseRiskAnswer(this, question, option));
  }

  /** Anonymisation keeps the scores (they are not personal) and drops the free-text note. */
  void anonymise() {
    this.note = null;
  }

  public Long getId() {
    return id;
  }

  public RiskForm getForm() {
    return form;
  }

  public RiskBand getBand() {
    return band;
  }

  public CaseState getStage() {
    return stage;
  }

  public int getScore() {
    return score;
  }

  public String getNote() {
    return note;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public List<CaseRiskAnswer> getAnswers() {
    return answers;
  }
}
