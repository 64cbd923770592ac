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

/** A category a consultation counts its respondents by (a PCC, a member of the public...). */
@Entity
@Table(name = "respondent_category")
public class RespondentCategory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Column(name = "label_cy")
  private String labelCy;

  protected RespondentCategory() {}

  RespondentCategory(
      Consultation consultation, int position, String code, String labelEn, String labelCy) {
    this.consultation = consultation;
    this.position = position;
    this.code = code.strip();
    this.labelEn = labelEn.strip();
    this.labelCy = Consultation.blankToNull(labelCy);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getCode() {
    return code;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public String getLabelCy() {
    return labelCy;
  }
}
