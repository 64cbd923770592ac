package org.saferpartnerships.casereview.letters;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.saferpartnerships.partnership.registry.Area;

/** The text of one kind of letter in one language, nationally or for one CSP. */
@Entity
@Table(name = "letter_template")
public class LetterTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "csp_id", updatable = false)
  private Area csp;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private LetterKind kind;

  @Column(name = "language", nullable = false, updatable = false)
  private String language;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected LetterTemplate() {}

  void edit(String subject, String body, Instant at, String by) {
    this.subject = subject;
    this.body = body;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Area getCsp() {
    return csp;
  }

  public LetterKind getKind() {
    return kind;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
