package org.saferpartnerships.consultation.coding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.saferpartnerships.consultation.Consultation;

/** A theme of a consultation's codebook, under a broader one or at the top. */
@Entity
@Table(name = "consultation_theme")
public class Theme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Column(name = "parent_id", updatable = false)
  private Long parentId;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Column(name = "label_cy")
  private String labelCy;

  @Column(name = "definition_en")
  private String definitionEn;

  @Column(name = "definition_cy")
  private String definitionCy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Theme() {}

  /** A consultation's codebook, in the order its themes were made. */
  public static List<Theme> ofConsultation(EntityManager em, long consultationId) {
    return em.createQuery(
            "SELECT t FROM Theme t WHERE t.consultation.id = :c ORDER BY t.id", Theme.class)
        .setParameter("c", consultationId)
        .getResultList();
  }

  public Theme(
      Consultation consultation, Long parentId, ThemeRequest request, Instant at, String by) {
    this.consultation = consultation;
    this.parentId = parentId;
    this.code = request.code().strip();
    describe(request);
    this.createdAt = at;
    this.createdBy = by;
  }

  void describe(ThemeRequest request) {
    this.labelEn = request.labelEn().strip();
    this.labelCy = Consultation.blankToNull(request.labelCy());
    this.definitionEn = Consultation.blankToNull(request.definitionEn());
    this.definitionCy = Consultation.blankToNull(request.definitionCy());
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public Long getParentId() {
    return parentId;
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

  public String getDefinitionEn() {
    return definitionEn;
  }

  public String getDefinitionCy() {
    return definitionCy;
  }

  public long getVersion() {
    return version;
  }
}
