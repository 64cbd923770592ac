package org.saferpartnerships.casereview.complaints;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A complaint to link to an application, as the coordinator records it. Its dates are not after
 * today by the application's clock (the service checks it).
 */
public record ComplaintRequest(
    @NotNull(message = "{complaint.incidentDate.required}") LocalDate incidentDate,
    @NotNull(message = "{complaint.reportedOn.required}") LocalDate reportedOn,
    @NotNull(message = "{complaint.agency.required}") ComplaintAgency agency,
    @Size(max = 100, message = "{complaint.agencyReference.size}") String agencyReference,
    @Size(max = 200, message = "{complaint.reporter.size}") String reporter,
    @Size(max = 300, message = "{complaint.location.size}") String location,
    boolean hateRelated,
    boolean separateIncident,
    @Size(max = 1000, message = "{complaint.summary.size}") String summary) {

  @AssertTrue(message = "{complaint.reportedBeforeIncident}")
  public boolean isReportedOnOrAfterIncident() {
    return incidentDate == null || reportedOn == null || !reportedOn.isBefore(incidentDate);
  }
}
