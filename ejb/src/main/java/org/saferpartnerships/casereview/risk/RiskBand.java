package org.saferpartnerships.casereview.risk;

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
import org.saferpartnerships.workflow.engine.Priority;

/** A band of a risk form's total score: the priority and the decision SLA policy it sets. */
@Entity
@Table(name = "risk_band")
public class RiskBand {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "form_id", nullable = false, updatable = false)
  private RiskForm form;

  @Column(name = "min_score", nullable = false, updatable = false)
  private int minScore;

  @Column(name = "label_en", nullable = false, updatable = false)
  private String labelEn;

  @Column(name = "label_cy", nullable = false, updatable = false)
  private String labelCy;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", nullable = false, updatable = false)
  private Priority priority;

  @Column(name = "sla_policy_code", nullable = false, updatable = false)
  private String slaPolicyCode;

  protected RiskBand() {}

  RiskBand(RiskForm form, RiskBandTerms terms) {
    this.form = form;
    this.minScore = terms.minScore();
    this.labelEn = terms.labelEn().trim();
    this.labelCy = terms.labelCy().trim();
    this.priority = terms.priority();
    this.slaPolicyCode = terms.slaPolicyCode().trim();
  }

  public RiskBandTerms terms() {
    return new RiskBandTerms(minScore, labelEn, labelCy, priority, slaPolicyCode);
  }

  public Long getId() {
    return id;
  }

  public int getMinScore() {
    return minScore;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public String getLabelCy() {
    return labelCy;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getSlaPolicyCode() {
    return slaPolicyCode;
  }
}
