package org.saferpartnerships.consultation.coding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A theme an analyst gave an answer, with the passage of the answer that can be quoted. */
@Entity
@Table(name = "answer_theme")
public class AnswerTheme {

  /** A theme to give, with its passage (or none). */
  public record Terms(Theme theme, String passage) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private AnswerReview review;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "theme_id", nullable = false, updatable = false)
  private Theme theme;

  @Column(name = "passage")
  private String passage;

  protected AnswerTheme() {}

  AnswerTheme(AnswerReview review, Theme theme, String passage) {
    this.review = review;
    this.theme = theme;
    this.passage = passage;
  }

  void quote(String passage) {
    this.passage = passage;
  }

  public Theme getTheme() {
    return theme;
  }

  public String getPassage() {
    return passage;
  }
}
