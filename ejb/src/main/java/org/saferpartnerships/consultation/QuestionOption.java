package org.saferpartnerships.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An option of a closed question, in English and (optionally) Welsh. */
@Entity
@Table(name = "consultation_option")
public class QuestionOption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private ConsultationQuestion question;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Column(name = "label_cy")
  private String labelCy;

  protected QuestionOption() {}

  QuestionOption(ConsultationQuestion question, int position, String labelEn, String labelCy) {
    this.question = question;
    this.position = position;
    this.labelEn = labelEn;
    this.labelCy = labelCy;
  }

  public Long getId() {
    return id;
  }

  public ConsultationQuestion getQuestion() {
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
}
