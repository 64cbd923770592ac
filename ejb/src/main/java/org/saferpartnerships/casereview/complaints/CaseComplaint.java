package org.saferpartnerships.casereview.complaints;

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
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.casereview.CaseReview;

/** A complaint the victim (or someone else) made to an agency, linked to an application. */
@Entity
@Table(name = "case_complaint")
public class CaseComplaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_review_id", nullable = false, updatable = false)
  private CaseReview caseReview;

  @Column(name = "incident_date", nullable = false)
  private LocalDate incidentDate;

  @Column(name = "reported_on", nullable = false)
  private LocalDate reportedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency", nullable = false)
  private ComplaintAgency agency;

  @Column(name = "agency_reference")
  private String agencyReference;

  @Column(name = "reporter")
  private String reporter;

  @Column(name = "location")
  private String location;

  @Column(name = "hate_related", nullable = false)
  private boolean hateRelated;

  @Column(name = "separate_incident", nullable = false)
  private boolean separateIncident;

  @Column(name = "summary")
  private String summary;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected CaseComplaint() {}

  public CaseComplaint(CaseReview caseReview, ComplaintRequest request, Instant at, String by) {
    this.caseReview = caseReview;
    this.incidentDate = request.incidentDate();
    this.reportedOn = request.reportedOn();
    this.agency = request.agency();
    this.agencyReference = trim(request.agencyReference());
    this.reporter = trim(request.reporter());
    this.location = trim(request.location());
    this.hateRelated = request.hateRelated();
    this.separateIncident = request.separateIncident();
    this.summary = trim(request.summary());
    this.createdAt = at;
    this.createdBy = by;
  }

  public ComplaintFacts facts() {
    return new ComplaintFacts(
        id, incidentDate, reportedOn, agency, reporter, location, hateRelated, separateIncident);
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public Long getId() {
    return id;
  }

  public CaseReview getCaseReview() {
    return caseReview;
  }

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public ComplaintAgency getAgency() {
    return agency;
  }

  public String getAgencyReference() {
    return agencyReference;
  }

  public String getReporter() {
    return reporter;
  }

  public String getLocation() {
    return location;
  }

  public boolean isHateRelated() {
    return hateRelated;
  }

  public boolean isSeparateIncident() {
    return separateIncident;
  }

  public String getSummary() {
    return summary;
  }
}
