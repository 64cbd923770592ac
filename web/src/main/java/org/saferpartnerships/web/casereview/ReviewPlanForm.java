package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.ReviewPlan;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.routing.TargetBody;

/** The case page's form that schedules the review meeting (casereview/case.xhtml, review). */
@Named
@ViewScoped
public class ReviewPlanForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private LocalDate meetingOn;
  private List<String> bodies = new ArrayList<>(List.of("COUNCIL", "POLICE", "HEALTH"));
  private String independentChair;
  private String victimInvolvement;
  private boolean requestInformation = true;
  private String informationNeeded;

  @ShowsRefusal("review:meetingOn")
  public String scheduleReview() {
    service.scheduleReview(
        page.getRef(),
        new ReviewPlan(
            page.version(),
            meetingOn,
            bodies.stream()
                .map(TargetBody::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new)),
            independentChair,
            victimInvolvement == null ? null : VictimInvolvement.valueOf(victimInvolvement),
            requestInformation,
            informationNeeded));
    messages.info("case.scheduledNow");
    return page.reload();
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
}
