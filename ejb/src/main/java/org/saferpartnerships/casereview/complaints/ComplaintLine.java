package org.saferpartnerships.casereview.complaints;

import java.time.LocalDate;

/** A complaint on the case page, with the engine's verdict on it. */
public record ComplaintLine(
    long id,
    LocalDate incidentDate,
    LocalDate reportedOn,
    ComplaintAgency agency,
    String agencyReference,
    String reporter,
    String location,
    boolean hateRelated,
    boolean separateIncident,
    String summary,
    ComplaintOutcome outcome,
    Long sameAs,
    LocalDate reportBy,
    long reportDay,
    LocalDate applyBy)
    implements java.io.Serializable {

  public static ComplaintLine of(CaseComplaint complaint, ComplaintVerdict verdict) {
    return new ComplaintLine(
        complaint.getId(),
        complaint.getIncidentDate(),
        complaint.getReportedOn(),
        complaint.getAgency(),
        complaint.getAgencyReference(),
        complaint.getReporter(),
        complaint.getLocation(),
        complaint.isHateRelated(),
        complaint.isSeparateIncident(),
        complaint.getSummary(),
        verdict.outcome(),
        verdict.sameAs(),
        verdict.reportBy(),
        verdict.reportDay(),
        verdict.applyBy());
  }

  public boolean qualifies() {
    return outcome == ComplaintOutcome.QUALIFIES;
  }
}
