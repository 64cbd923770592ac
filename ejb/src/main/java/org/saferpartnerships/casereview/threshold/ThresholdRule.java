package org.saferpartnerships.casereview.threshold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.partnership.registry.Area;

/**
 * A threshold rule in force for a CSP (or, with no CSP, nationally) from a day on. Rules are never
 * edited: a change is a new rule from a later day, so an application keeps the rule in force on the
 * day it was received.
 */
@Entity
@Table(name = "threshold_rule")
public class ThresholdRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "csp_id", updatable = false)
  private Area csp;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "complaints_required", nullable = false, updatable = false)
  private int complaintsRequired;

  @Column(name = "window_months", nullable = false, updatable = false)
  private int windowMonths;

  @Column(name = "report_lag_months", nullable = false, updatable = false)
  private int reportLagMonths;

  @Column(name = "location_reports_required", updatable = false)
  private Integer locationReportsRequired;

  @Column(name = "location_reporters_required", nullable = false, updatable = false)
  private int locationReportersRequired;

  @Column(name = "hate_incident_meets", nullable = false, updatable = false)
  private boolean hateIncidentMeets;

  @Column(name = "discretion_allowed", nullable = false, updatable = false)
  private boolean discretionAllowed;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "procedure_en", updatable = false)
  private String procedureEn;

  @Column(name = "procedure_cy", updatable = false)
  private String procedureCy;

  @Column(name = "contact_name", updatable = false)
  private String contactName;

  @Column(name = "contact_email", updatable = false)
  private String contactEmail;

  @Column(name = "contact_phone", updatable = false)
  private String contactPhone;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected ThresholdRule() {}

  public ThresholdRule(
      Area csp, LocalDate validFrom, ThresholdTerms terms, String note, Instant at, String by) {
    this.csp = csp;
    this.validFrom = validFrom;
    this.complaintsRequired = terms.complaintsRequired();
    this.windowMonths = terms.windowMonths();
    this.reportLagMonths = terms.reportLagMonths();
    this.locationReportsRequired = terms.locationReportsRequired();
    this.locationReportersRequired = terms.locationReportersRequired();
    this.hateIncidentMeets = terms.hateIncidentMeets();
    this.discretionAllowed = terms.discretionAllowed();
    this.note = note;
    this.createdAt = at;
    this.createdBy = by;
  }

  /** Publishes the procedure with the rule; only while the rule is being made. */
  ThresholdRule withProcedure(ProcedureText text) {
    ProcedureText given = text == null ? ProcedureText.NONE : text;
    this.procedureEn = given.procedureEn();
    this.procedureCy = given.procedureCy();
    this.contactName = given.contactName();
    this.contactEmail = given.contactEmail();
    this.contactPhone = given.contactPhone();
    return this;
  }

  /** The procedure and point of contact published with the rule. */
  public ProcedureText procedure() {
    return new ProcedureText(procedureEn, procedureCy, contactName, contactEmail, contactPhone);
  }

  public ThresholdTerms terms() {
    return new ThresholdTerms(
        complaintsRequired,
        windowMonths,
        reportLagMonths,
        locationReportsRequired,
        locationReportersRequired,
        hateIncidentMeets,
        discretionAllowed);
  }

  public Long getId() {
    return id;
  }

  /** The CSP, or null for the national default. */
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
}
