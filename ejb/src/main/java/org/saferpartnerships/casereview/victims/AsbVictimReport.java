package org.saferpartnerships.casereview.victims;

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
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;

/** One report a victim made to an agency, logged before any application. */
@Entity
@Table(name = "asb_victim_report")
public class AsbVictimReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "victim_id", nullable = false, updatable = false)
  private AsbVictim victim;

  @Column(name = "incident_date", nullable = false, updatable = false)
  private LocalDate incidentDate;

  @Column(name = "reported_on", nullable = false, updatable = false)
  private LocalDate reportedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency", nullable = false, updatable = false)
  private ComplaintAgency agency;

  @Column(name = "agency_reference", updatable = false)
  private String agencyReference;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected AsbVictimReport() {}

  AsbVictimReport(AsbVictim victim, ComplaintRequest report, Instant at, String by) {
    this.victim = victim;
    this.incidentDate = report.incidentDate();
    this.reportedOn = report.reportedOn();
    this.agency = report.agency();
    this.agencyReference =
        report.agencyReference() == null || report.agencyReference().isBlank()
            ? null
            : report.agencyReference().trim();
    this.createdAt = at;
    this.createdBy = by;
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
}
