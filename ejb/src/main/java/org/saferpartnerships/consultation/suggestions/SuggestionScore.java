package org.saferpartnerships.consultation.suggestions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.saferpartnerships.consultation.coding.Theme;

/**
 * How one theme's suggestions did on the coded answers held back: how many had it (support), and
 * how many times it was rightly suggested, wrongly suggested and missed. A theme with too few
 * training answers was not learnt and is never suggested.
 */
@Entity
@Table(name = "suggestion_score")
public class SuggestionScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false, updatable = false)
  private Long runId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "theme_id", nullable = false, updatable = false)
  private Theme theme;

  @Column(name = "support", nullable = false)
  private int support;

  @Column(name = "true_positives", nullable = false)
  private int truePositives;

  @Column(name = "false_positives", nullable = false)
  private int falsePositives;

  @Column(name = "false_negatives", nullable = false)
  private int falseNegatives;

  @Column(name = "learnt", nullable = false)
  private boolean learnt;

  protected SuggestionScore() {}

  SuggestionScore(long runId, Theme theme, int support, int tp, int fp, int fn, boolean learnt) {
    this.runId = runId;
    this.theme = theme;
    this.support = support;
    this.truePositives = tp;
    this.falsePositives = fp;
    this.falseNegatives = fn;
    this.learnt = learnt;
  }
}
