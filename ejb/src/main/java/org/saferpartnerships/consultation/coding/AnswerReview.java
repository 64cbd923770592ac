package org.saferpartnerships.consultation.coding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.consultation.responses.ConsultationAnswer;

/**
 * One analyst's coding of one answer: the themes they gave it (none is a coding too: nothing in the
 * codebook fits), each with the passage that can be quoted, and a note.
 */
@Entity
@Table(name = "answer_review")
public class AnswerReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "answer_id", nullable = false, updatable = false)
  private ConsultationAnswer answer;

  @Column(name = "coder", nullable = false, updatable = false)
  private String coder;

  @Column(name = "note")
  private String note;

  @Column(name = "coded_at", nullable = false)
  private Instant codedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<AnswerTheme> themes = new ArrayList<>();

  protected AnswerReview() {}

  public AnswerReview(ConsultationAnswer answer, String coder) {
    this.answer = answer;
    this.coder = coder;
  }

  /**
   * Replaces the themes given. Themes kept are updated in place (their passage), not removed and
   * added again: the provider inserts before it deletes, which would break the unique key.
   */
  public void code(List<AnswerTheme.Terms> given, String note, Instant at) {
    themes.removeIf(
        kept ->
            given.stream()
                .noneMatch(terms -> terms.theme().getId().equals(kept.getTheme().getId())));
    for (AnswerTheme.Terms terms : given) {
      themes.stream()
          .filter(kept -> kept.getTheme().getId().equals(terms.theme().getId()))
          .findFirst()
          .ifPresentOrElse(
              kept -> kept.quote(terms.passage()),
              () -> themes.add(new AnswerTheme(this, terms.theme(), terms.passage())));
    }
    this.note = note;
    this.codedAt = at;
  }

  /** A coder's review of an answer, if they have coded it. */
  public static Optional<AnswerReview> of(
      EntityManager em, ConsultationAnswer answer, String coder) {
    return em.createQuery(
            "SELECT v FROM AnswerReview v WHERE v.answer = :a AND v.coder = :coder",
            AnswerReview.class)
        .setParameter("a", answer)
        .setParameter("coder", coder)
        .getResultStream()
        .findFirst();
  }

  public Long getId() {
    return id;
  }

  public ConsultationAnswer getAnswer() {
    return answer;
  }

  public String getCoder() {
    return coder;
  }

  public String getNote() {
    return note;
  }

  public Instant getCodedAt() {
    return codedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<AnswerTheme> getThemes() {
    return themes;
  }
}
