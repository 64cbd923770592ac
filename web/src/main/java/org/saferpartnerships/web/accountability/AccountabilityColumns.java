package org.saferpartnerships.web.accountability;

import org.saferpartnerships.accountability.meetings.MeetingView;
import org.saferpartnerships.accountability.requests.ReportRequestView;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.Columns.Words;

/**
 * The columns of the meetings and report requests downloads, on their pages and from their API
 * lists.
 */
public final class AccountabilityColumns {

  private AccountabilityColumns() {}

  public static Columns<MeetingView> meetings(Words words) {
    return new Columns<MeetingView>()
        .add("title", "meetings.meetingTitle", MeetingView::title)
        .add("pfa_code", "column.forceAreaCode", MeetingView::pfaCode)
        .add("csp_code", "column.cspCode", MeetingView::cspCode)
        .add("csp", "column.csp", m -> words.name(m.cspName(), m.cspNameCy()))
        .add("policing_body", "column.policingBody", MeetingView::bodyName)
        .add("held_on", "meetings.heldOn", MeetingView::heldOn)
        .add("location", "meetings.location", MeetingView::location)
        .add("state", "column.state", m -> words.of("meetingState.", m.state()))
        .add("called_off_because", "meeting.cancelledBecause", MeetingView::cancelReason)
        .add("actions", "column.actionsAgreed", m -> m.actions().size());
  }

  public static Columns<ReportRequestView> requests(Words words) {
    return new Columns<ReportRequestView>()
        .add("subject", "requests.subject", ReportRequestView::subject)
        .add("pfa_code", "column.forceAreaCode", ReportRequestView::pfaCode)
        .add("csp_code", "column.cspCode", ReportRequestView::cspCode)
        .add("csp", "column.csp", r -> words.name(r.cspName(), r.cspNameCy()))
        .add("policing_body", "column.policingBody", ReportRequestView::bodyName)
        .add("requested_on", "published.requested", ReportRequestView::requestedOn)
        .add("due_on", "submission.dueOn", ReportRequestView::dueOn)
        .add("work_item", "column.workItem", ReportRequestView::itemReference)
        .add("state", "column.state", r -> words.of("workflow.state.", r.itemState()))
        .add("answered_on", "column.answeredOn", ReportRequestView::answeredOn)
        .add("withdrawn_on", "column.withdrawnOn", ReportRequestView::withdrawnOn);
  }
}
