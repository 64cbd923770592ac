package org.saferpartnerships.accountability.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.workflow.routing.TargetBody;

/** A meeting's page: what was called, who attended for each authority, minutes and actions. */
public record MeetingView(
    long id,
    String pfaCode,
    String cspCode,
    String cspName,
    String cspNameCy,
    String bodyName,
    String title,
    LocalDate heldOn,
    String location,
    String agenda,
    String minutes,
    MeetingState state,
    String cancelReason,
    String calledBy,
    String recordedBy,
    long version,
    boolean mayManage,
    List<Invitee> invitees,
    List<ActionLine> actions)
    implements Serializable {

  public MeetingView {
    invitees = invitees == null ? List.of() : List.copyOf(invitees);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** A responsible authority called, with its attendance once recorded. */
  public record Invitee(
      long organisationId, String name, String nameCy, Attendance attendance, String representative)
      implements Serializable {}

  /** An action agreed, with where its work item has got. */
  public record ActionLine(
      int seq,
      String text,
      TargetBody targetBody,
      LocalDate dueOn,
      long workItemId,
      String itemState,
      String holderName,
      boolean viewable)
      implements Serializable {

    public String itemReference() {
      return String.format("WI-%06d", workItemId);
    }
  }
}
