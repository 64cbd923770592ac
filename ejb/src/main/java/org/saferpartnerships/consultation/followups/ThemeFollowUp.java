package org.saferpartnerships.consultation.followups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A follow-up raised from a theme: the work item routed to a partner, who raised it and when. */
@Entity
@Table(name = "theme_follow_up")
public class ThemeFollowUp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private Long consultationId;

  @Column(name = "theme_id", nullable = false, updatable = false)
  private Long themeId;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private Long workItemId;

  @Column(name = "raised_by", nullable = false, updatable = false)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  protected ThemeFollowUp() {}

  ThemeFollowUp(long consultationId, long themeId, long workItemId, String raisedBy, Instant at) {
    this.consultationId = consultationId;
    this.themeId = themeId;
    this.workItemId = workItemId;
    this.raisedBy = raisedBy;
    this.raisedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public Long getThemeId() {
    return themeId;
  }

  public Long getWorkItemId() {
    return workItemId;
  }
}
