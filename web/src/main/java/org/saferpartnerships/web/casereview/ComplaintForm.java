package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/** The case page's form that links a complaint to the case (casereview/case.xhtml, complaint). */
@Named
@ViewScoped
public class ComplaintForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private LocalDate incidentDate;
  private LocalDate reportedOn;
  private String agency;
  private String agencyReference;
  private String reporter;
  private String location;
  private boolean hateRelated;
  private boolean separateIncident;
  private String summary;

  @ShowsRefusal("complaint:incidentDate")
  public String addComplaint() {
    service.addComplaint(
        page.getRef(),
        new ComplaintRequest(
            incidentDate,
            reportedOn,
            agency == null ? null : ComplaintAgency.valueOf(agency),
            agencyReference,
            reporter,
            location,
            hateRelated,
            separateIncident,
            summary));
    messages.info("case.complaintAdded");
    return page.reload();
  }

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public void setIncidentDate(LocalDate incidentDate) {
    this.incidentDate = incidentDate;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public void setReportedOn(LocalDate reportedOn) {
    this.reportedOn = reportedOn;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getAgencyReference() {
    return agencyReference;
  }

  public void setAgencyReference(String agencyReference) {
    this.agencyReference = agencyReference;
  }

  public String getReporter() {
    return reporter;
  }

  public void setReporter(String reporter) {
    this.reporter = reporter;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public boolean isHateRelated() {
    return hateRelated;
  }

  public void setHateRelated(boolean hateRelated) {
    this.hateRelated = hateRelated;
  }

  public boolean isSeparateIncident() {
    return separateIncident;
  }

  public void setSeparateIncident(boolean separateIncident) {
    this.separateIncident = separateIncident;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
