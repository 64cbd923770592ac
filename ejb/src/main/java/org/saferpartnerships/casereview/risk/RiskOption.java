package org.saferpartnerships.casereview.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer to a risk question, with the score it adds. */
@Entity
@Table(name = "risk_option")
public class RiskOption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private RiskQuestion question;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "label_en", nullable = false, updatable = false)
  private String labelEn;

  @Column(name = "label_cy", nullable = false, updatable = false)
  private String labelCy;

  @Column(name = "score", nullable = false, updatable = false)
  private int score;

  protected RiskOption() {}

  RiskOption(RiskQuestion question, int position, String labelEn, String labelCy, int score) {
    this.question = question;
    this.position = position;
    this.labelEn = labelEn.trim();
    this.labelCy = labelCy.trim();
    this.score = score;
  }

  public Long getId() {
    return id;
  }

  public RiskQuestion getQuestion() {
    return question;
  }

  public int getPosition() {
    return position;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public String getLabelCy() {
    return labelCy;
  }

  public int getScore() {
    return score;
  }
}
