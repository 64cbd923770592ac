package org.saferpartnerships.accountability.priorities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A priority of a force area's police and crime plan (PRSRA 2011 s5). */
@Entity
@Table(name = "police_crime_priority")
public class PolicePriority {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pfa_id", nullable = false, updatable = false)
  private long pfaId;

  @Column(name = "body_id", nullable = false, updatable = false)
  private long bodyId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "title_en", nullable = false, updatable = false)
  private String titleEn;

  @Column(name = "title_cy", nullable = false, updatable = false)
  private String titleCy;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected PolicePriority() {}

  PolicePriority(
      long pfaId,
      long bodyId,
      int position,
      String titleEn,
      String titleCy,
      Instant at,
      String by) {
    this.pfaId = pfaId;
    this.bodyId = bodyId;
    this.position = position;
    this.titleEn = titleEn;
    this.titleCy = titleCy;
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

  public long getPfaId() {
    return pfaId;
  }

  public int getPosition() {
    return position;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getTitleCy() {
    return titleCy;
  }

  public boolean isActive() {
    return active;
  }
}
