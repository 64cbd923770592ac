package org.saferpartnerships.casereview.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The option chosen for one question of an assessment. */
@Entity
@Table(name = "case_risk_answer")
public class CaseRiskAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private CaseRiskAssessment assessment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private RiskQuestion question;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "option_id", nullable = false, updatable = false)
  private RiskOption option;

  protected CaseRiskAnswer() {}

  CaseRiskAnswer(CaseRiskAssessment assessment, RiskQuestion question, RiskOption option) {
    this.assessment = assessment;
    this.question = question;
    this.option = option;
  }

  public RiskQuestion getQuestion() {
    return question;
  }

  public RiskOption getOption() {
    return option;
  }
}
