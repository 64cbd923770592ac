package org.saferpartnerships.submission.due;

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
import java.time.LocalDate;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.submission.SubmissionType;

/** When a kind of submission is due from the CSPs of a force area in a financial year. */
@Entity
@Table(name = "submission_due")
public class SubmissionDue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  /** The force area's id, read-only, for joins on the column itself. */
  @Column(name = "pfa_id", insertable = false, updatable = false)
  private Long pfaId;

  @Enumerated(EnumType.STRING)
  @Column(name = "submission_type", nullable = false, updatable = false)
  private SubmissionType type;

  @Column(name = "financial_year", nullable = false, updatable = false)
  private int financialYear;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Column(name = "set_by", nullable = false)
  private String setBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SubmissionDue() {}

  SubmissionDue(
      Area pfa, SubmissionType type, int financialYear, LocalDate dueOn, Instant at, String by) {
    this.pfa = pfa;
    this.type = type;
    this.financialYear = financialYear;
    this.dueOn = dueOn;
    this.setAt = at;
    this.setBy = by;
  }

  void moveTo(LocalDate day, Instant at, String by) {
    this.dueOn = day;
    this.setAt = at;
    this.setBy = by;
  }

  public Long getId() {
    return id;
  }

  public Area getPfa() {
    return pfa;
  }

  public SubmissionType getType() {
    return type;
  }

  public int getFinancialYear() {
    return financialYear;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getSetAt() {
    return setAt;
  }

  public String getSetBy() {
    return setBy;
  }

  public long getVersion() {
    return version;
  }
}
