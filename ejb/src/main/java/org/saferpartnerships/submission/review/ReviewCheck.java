package org.saferpartnerships.submission.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An item of the checklist a policing body's office reviews submissions against; {@code bodyId}
 * null for the national default. Retired items stay, so past answers keep their question.
 */
@Entity
@Table(name = "review_check")
public class ReviewCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "body_id", updatable = false)
  private Long bodyId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "text_en", nullable = false, updatable = false)
  private String textEn;

  @Column(name = "text_cy", nullable = false, updatable = false)
  private String textCy;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected ReviewCheck() {}

  ReviewCheck(Long bodyId, int position, String textEn, String textCy, Instant at, String by) {
    this.bodyId = bodyId;
    this.position = position;
    this.textEn = textEn;
    this.textCy = textCy;
    this.active = true;
    this.createdAt = at;
    this.createdBy = by;
  }

  void retire() {
    this.active = false;
  }

  public Long getId() {
    return id;
  }

  public Long getBodyId() {
    return bodyId;
  }

  public int getPosition() {
    return position;
  }

  public String getTextEn() {
    return textEn;
  }

  public String getTextCy() {
    return textCy;
  }

  public boolean isActive() {
    return active;
  }
}
