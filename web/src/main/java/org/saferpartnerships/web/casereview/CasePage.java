package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.casereview.CaseReviewDetail;
import org.saferpartnerships.casereview.CaseReviewRepository;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.Closure;
import org.saferpartnerships.casereview.ReviewPlan;
import org.saferpartnerships.casereview.ReviewRecord;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;
import org.saferpartnerships.casereview.letters.LetterFile;
import org.saferpartnerships.casereview.review.EscalationRequest;
import org.saferpartnerships.casereview.review.RecommendationRequest;
import org.saferpartnerships.casereview.risk.CaseRisk;
import org.saferpartnerships.casereview.risk.RiskAssessmentRequest;
import org.saferpartnerships.casereview.risk.RiskAssessmentService;
import org.saferpartnerships.casereview.threshold.ThresholdDecision;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.workflow.Options;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A case review's page (casereview/case.xhtml?ref=): the application with its personal data (the
 * read is audited), the complaints with the threshold engine's verdict on each, and the steps open
 * now: link a complaint, acknowledge, decide the threshold. A refused step says why and changes
 * nothing.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewRepository cases;

  @EJB private transient CaseReviewService service;

  @EJB private transient RiskAssessmentService riskService;

  @Inject private transient PageMessages messages;

  private String ref;
  private CaseReviewDetail detail;
  private CaseRisk risk;
  private final Map<Long, String> riskAnswers = new HashMap<>();
  private String riskNote;

  private LocalDate incidentDate;
  private LocalDate reportedOn;
  private String agency;
  private String agencyReference;
  private String reporter;
  private String location;
  private boolean hateRelated;
  private boolean separateIncident;
  private String summary;

  private LocalDate meetingOn;
  private List<String> bodies = new ArrayList<>(List.of("COUNCIL", "POLICE", "HEALTH"));
  private String independentChair;
  private String victimInvolvement;
  private boolean requestInformation = true;
  private String informationNeeded;
  private LocalDate heldOn;
  private String reviewSummary;
  private String recommendationBody;
  private String recommendationText;
  private LocalDate recommendationDue;
  private String closureReason;
  private String escalationGrounds;

  private boolean discretionary;
  private String decidedBy;
  private String reason;

  /** Loads the case, or shows the not-found page: a case the user may not see does not exist. */
  public String load() {
    try {
      detail = ref == null ? null : cases.detail(ref, "case page");
    } catch (NotFoundException | jakarta.ejb.EJBAccessException hidden) {
      detail = null;
    }
    if (detail == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return "/error/404.xhtml";
    }
    risk = riskService.risk(ref);
    riskAnswers.clear();
    if (!risk.assessments().isEmpty() && risk.assessments().get(0).formId() == risk.form().id()) {
      // a reassessment starts from the answers given last time
      risk.assessments()
          .get(0)
          .answers()
          .forEach(a -> riskAnswers.put(a.questionId(), String.valueOf(a.optionId())));
    }
    return null;
  }

  /**
   * Records a risk assessment from the answers chosen; the first unanswered question is flagged.
   */
  public String assessRisk() {
    List<RiskAssessmentRequest.Answer> answers = new ArrayList<>();
    for (int i = 0; i < risk.form().questions().size(); i++) {
      long question = risk.form().questions().get(i).id();
      String chosen = riskAnswers.get(question);
      if (chosen == null || chosen.isBlank()) {
        messages.error("risk:questions:" + i + ":answer", "risk.unanswered");
        return null;
      }
      answers.add(new RiskAssessmentRequest.Answer(question, Long.parseLong(chosen)));
    }
    return step(
        "risk:note",
        () ->
            riskService.assess(ref, new RiskAssessmentRequest(detail.version(), answers, riskNote)),
        "case.riskAssessedNow");
  }

  public String addComplaint() {
    try {
      service.addComplaint(
          ref,
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
    } catch (ServiceException refusal) {
      messages.refused("complaint:incidentDate", refusal);
      return null;
    } catch (EJBException failure) {
      messages.invalid("complaint:incidentDate", failure);
      return null;
    }
    messages.info("case.complaintAdded");
    return reload();
  }

  public String acknowledge() {
    try {
      service.acknowledge(ref, detail.version());
    } catch (ServiceException refusal) {
      messages.refused(null, refusal);
      return null;
    }
    messages.info("case.acknowledgedNow");
    return reload();
  }

  public String decide() {
    try {
      service.decideThreshold(
          ref, new ThresholdDecision(detail.version(), discretionary, decidedBy, reason));
    } catch (ServiceException refusal) {
      messages.refused(null, refusal);
      return null;
    } catch (EJBException failure) {
      messages.invalid("decision:decidedBy", failure);
      return null;
    }
    messages.info("case.decidedNow");
    return reload();
  }

  public String scheduleReview() {
    return step(
        "review:meetingOn",
        () ->
            service.scheduleReview(
                ref,
                new ReviewPlan(
                    detail.version(),
                    meetingOn,
                    bodies.stream()
                        .map(TargetBody::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                    independentChair,
                    victimInvolvement == null ? null : VictimInvolvement.valueOf(victimInvolvement),
                    requestInformation,
                    informationNeeded)),
        "case.scheduledNow");
  }

  public String recordReview() {
    return step(
        "held:heldOn",
        () -> service.recordReview(ref, new ReviewRecord(detail.version(), heldOn, reviewSummary)),
        "case.recordedNow");
  }

  public String addRecommendation() {
    return step(
        "recommendation:text",
        () ->
            service.addRecommendation(
                ref,
                new RecommendationRequest(
                    detail.version(),
                    recommendationBody == null ? null : TargetBody.valueOf(recommendationBody),
                    recommendationText,
                    recommendationDue)),
        "case.recommendedNow");
  }

  public String escalate() {
    return step(
        "escalate:grounds",
        () ->
            service.requestEscalation(
                ref, new EscalationRequest(detail.version(), escalationGrounds)),
        "case.escalatedNow");
  }

  public String close() {
    return step(
        "closure:reason",
        () -> service.close(ref, new Closure(detail.version(), closureReason)),
        "case.closedNow");
  }

  /** Runs one step of the case; a refusal is shown at the field and changes nothing. */
  private String step(String field, Runnable change, String done) {
    try {
      change.run();
    } catch (ServiceException refusal) {
      messages.refused(field, refusal);
      return null;
    } catch (EJBException failure) {
      messages.invalid(field, failure);
      return null;
    }
    messages.info(done);
    return reload();
  }

  /** A letter of the case, as a download (the read is audited). */
  public StreamedContent download(long letterId) {
    LetterFile file = cases.letter(ref, letterId);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  public List<SelectItem> getBodyOptions() {
    return Options.of(TargetBody.class, "targetBody.", messages).stream()
        .filter(option -> !"PARTNERSHIP".equals(option.getValue()))
        .toList();
  }

  public List<SelectItem> getInvolvementOptions() {
    return Options.of(VictimInvolvement.class, "involvement.", messages);
  }

  private String reload() {
    return "/casereview/case?faces-redirect=true&ref=" + detail.reference();
  }

  public List<SelectItem> getAgencyOptions() {
    return Options.of(ComplaintAgency.class, "agency.", messages);
  }

  public CaseRisk getRisk() {
    return risk;
  }

  public Map<Long, String> getRiskAnswers() {
    return riskAnswers;
  }

  public String getRiskNote() {
    return riskNote;
  }

  public void setRiskNote(String riskNote) {
    this.riskNote = riskNote;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public CaseReviewDetail getDetail() {
    return detail;
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

  public boolean isDiscretionary() {
    return discretionary;
  }

  public void setDiscretionary(boolean discretionary) {
    this.discretionary = discretionary;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getMeetingOn() {
    return meetingOn;
  }

  public void setMeetingOn(LocalDate meetingOn) {
    this.meetingOn = meetingOn;
  }

  public List<String> getBodies() {
    return bodies;
  }

  public void setBodies(List<String> bodies) {
    this.bodies = bodies;
  }

  public String getIndependentChair() {
    return independentChair;
  }

  public void setIndependentChair(String independentChair) {
    this.independentChair = independentChair;
  }

  public String getVictimInvolvement() {
    return victimInvolvement;
  }

  public void setVictimInvolvement(String victimInvolvement) {
    this.victimInvolvement = victimInvolvement;
  }

  public boolean isRequestInformation() {
    return requestInformation;
  }

  public void setRequestInformation(boolean requestInformation) {
    this.requestInformation = requestInformation;
  }

  public String getInformationNeeded() {
    return informationNeeded;
  }

  public void setInformationNeeded(String informationNeeded) {
    this.informationNeeded = informationNeeded;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getReviewSummary() {
    return reviewSummary;
  }

  public void setReviewSummary(String reviewSummary) {
    this.reviewSummary = reviewSummary;
  }

  public String getRecommendationBody() {
    return recommendationBody;
  }

  public void setRecommendationBody(String recommendationBody) {
    this.recommendationBody = recommendationBody;
  }

  public String getRecommendationText() {
    return recommendationText;
  }

  public void setRecommendationText(String recommendationText) {
    this.recommendationText = recommendationText;
  }

  public LocalDate getRecommendationDue() {
    return recommendationDue;
  }

  public void setRecommendationDue(LocalDate recommendationDue) {
    this.recommendationDue = recommendationDue;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }

  public String getEscalationGrounds() {
    return escalationGrounds;
  }

  public void setEscalationGrounds(String escalationGrounds) {
    this.escalationGrounds = escalationGrounds;
  }
}
