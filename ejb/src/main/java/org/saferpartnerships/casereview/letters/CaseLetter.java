package org.saferpartnerships.casereview.letters;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.casereview.CaseReview;

/** A letter sent to the applicant, kept with the case as the PDF that was sent. */
@Entity
@Table(name = "case_letter")
public class CaseLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_review_id", nullable = false, updatable = false)
  private CaseReview caseReview;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private LetterKind kind;

  @Column(name = "language", nullable = false, updatable = false)
  private String language;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected CaseLetter() {}

  CaseLetter(
      CaseReview caseReview,
      LetterKind kind,
      String fileName,
      byte[] content,
      String sha256,
      Instant at,
      String by) {
    this.caseReview = caseReview;
    this.kind = kind;
    this.language = caseReview.getLanguage();
    this.fileName = fileName;
    this.content = content;
    this.sha256 = sha256;
    this.createdAt = at;
    this.createdBy = by;
  }

  public Long getId() {
    return id;
  }

  public CaseReview getCaseReview() {
    return caseReview;
  }

  public LetterKind getKind() {
    return kind;
  }

  public String getLanguage() {
    return language;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
