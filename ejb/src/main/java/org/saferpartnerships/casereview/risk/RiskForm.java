package org.saferpartnerships.casereview.risk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.partnership.registry.Area;

/**
 * A risk and vulnerability assessment form in force for a CSP (or, with no CSP, nationally) from a
 * day on: its questions, each with scored options, and the bands of the total score. Forms are
 * never edited; a change is a new form from a later day, so that an assessment keeps the questions
 * it was answered against.
 */
@Entity
@Table(name = "risk_form")
public class RiskForm {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "csp_id", updatable = false)
  private Area csp;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @OneToMany(mappedBy = "form", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<RiskQuestion> questions = new ArrayList<>();

  @OneToMany(mappedBy = "form", cascade = CascadeType.PERSIST)
  @OrderBy("minScore")
  private List<RiskBand> bands = new ArrayList<>();

  protected RiskForm() {}

  RiskForm(Area csp, LocalDate validFrom, String note, Instant at, String by) {
    this.csp = csp;
    this.validFrom = validFrom;
    this.note = note == null || note.isBlank() ? null : note.trim();
    this.createdAt = at;
    this.createdBy = by;
  }

  RiskQuestion addQuestion(String textEn, String textCy) {
    RiskQuestion question = new RiskQuestion(this, questions.size() + 1, textEn, textCy);
    questions.add(question);
    return question;
  }

  void addBand(RiskBandTerms terms) {
    bands.add(new RiskBand(this, terms));
  }

  /** The form as the pure scoring rules see it. */
  public RiskScoring scoring() {
    return new RiskScoring(
        questions.stream()
            .map(
                q ->
                    new RiskScoring.Question(
                        q.getId(),
                        q.getOptions().stream()
                            .map(o -> new RiskScoring.Option(o.getId(), o.getScore()))
                            .toList()))
            .toList(),
        bands.stream().map(RiskBand::terms).toList());
  }

  public Long getId() {
    return id;
  }

  public Area getCsp() {
    return csp;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<RiskQuestion> getQuestions() {
    return questions;
  }

  public List<RiskBand> getBands() {
    return bands;
  }
}
