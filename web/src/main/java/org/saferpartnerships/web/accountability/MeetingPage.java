package org.saferpartnerships.web.accountability;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.accountability.meetings.Attendance;
import org.saferpartnerships.accountability.meetings.MeetingService;
import org.saferpartnerships.accountability.meetings.MeetingView;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A meeting's page (submission/meeting.xhtml?id=): its agenda; for the policing body's reviewers,
 * recording who attended for each authority and the minutes, calling it off, and adding the actions
 * agreed, each routed to its owner; for everyone, the minutes and where each action has got.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient MeetingService meetings;

  @Inject private transient PageMessages messages;

  private Long id;
  private MeetingView meeting;
  private final Map<Long, String> attendance = new HashMap<>();
  private final Map<Long, String> representatives = new HashMap<>();
  private String minutes;
  private String cancelReason;
  private String actionText;
  private String actionOwner;
  private String actionDue;

  public String load() {
    try {
      meeting = id == null ? null : meetings.get(id);
    } catch (ServiceException | EJBException missing) {
      meeting = null;
    }
    if (meeting == null) {
      return Hidden.notFound();
    }
    attendance.clear();
    representatives.clear();
    for (MeetingView.Invitee invitee : meeting.invitees()) {
      attendance.put(
          invitee.organisationId(),
          invitee.attendance() == null ? "" : invitee.attendance().name());
      representatives.put(invitee.organisationId(), invitee.representative());
    }
    minutes = meeting.minutes();
    return null;
  }

  @ShowsRefusal("record:minutes")
  public String record() {
    Map<Long, Attendance> chosen = new HashMap<>();
    attendance.forEach(
        (org, value) ->
            chosen.put(org, value == null || value.isBlank() ? null : Attendance.valueOf(value)));
    meetings.record(id, meeting.version(), chosen, representatives, minutes);
    return done("meeting.recorded");
  }

  @ShowsRefusal("cancel:reason")
  public String cancel() {
    meetings.cancel(id, meeting.version(), cancelReason);
    return done("meeting.cancelledDone");
  }

  @ShowsRefusal("action:text")
  public String addAction() {
    LocalDate due = null;
    if (actionDue != null && !actionDue.isBlank()) {
      try {
        due = LocalDate.parse(actionDue.strip());
      } catch (DateTimeParseException e) {
        messages.error("action:due", "submission.dateInvalid");
        return null;
      }
    }
    LocalDate day = due;
    TargetBody owner =
        actionOwner == null || actionOwner.isBlank() ? null : TargetBody.valueOf(actionOwner);
    meetings.addAction(id, actionText, owner, day);
    return done("meeting.actionAdded");
  }

  private String done(String key) {
    messages.info(key, meeting.title());
    return "/submission/meeting?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getAttendanceOptions() {
    return Options.of(Attendance.class, "attendance.", messages);
  }

  public List<SelectItem> getOwnerOptions() {
    return Options.of(TargetBody.class, "targetBody.", messages);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MeetingView getMeeting() {
    return meeting;
  }

  public Map<Long, String> getAttendance() {
    return attendance;
  }

  public Map<Long, String> getRepresentatives() {
    return representatives;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String getActionText() {
    return actionText;
  }

  public void setActionText(String actionText) {
    this.actionText = actionText;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public String getActionDue() {
    return actionDue;
  }

  public void setActionDue(String actionDue) {
    this.actionDue = actionDue;
  }
}
