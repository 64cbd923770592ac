package org.saferpartnerships.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.accountability.meetings.Meeting;
import org.saferpartnerships.accountability.requests.ReportRequest;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.workflow.items.WorkItemSubject;
import org.saferpartnerships.workflow.items.WorkItemSubjects;

/**
 * What an accountability work item is about: a policing body's request for a report (its reply,
 * once the partnership has started one, else the list of requests), or an action agreed at a
 * meeting (the meeting). Open to those whose scope covers the partnership, as the pages are.
 */
@ApplicationScoped
public class AccountabilityItemSubjects implements WorkItemSubjects {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Override
  public Optional<WorkItemSubject> about(long workItemId) {
    List<ReportRequest> requests =
        em.createQuery(
                "SELECT r FROM ReportRequest r WHERE r.workItemId = :item", ReportRequest.class)
            .setParameter("item", workItemId)
            .getResultList();
    if (!requests.isEmpty()) {
      ReportRequest request = requests.get(0);
      boolean viewable = caller.get().coversCsp(request.getCsp().getId());
      return Optional.of(
          new WorkItemSubject(
              "reportRequest",
              request.getSubject(),
              request.getReplySubmissionId() == null
                  ? "/submission/requests.xhtml"
                  : "/submission/submission.xhtml?id=" + request.getReplySubmissionId(),
              viewable,
              List.of()));
    }
    List<Meeting> meetings =
        em.createQuery(
                "SELECT m FROM Meeting m, MeetingAction a"
                    + " WHERE a.meetingId = m.id AND a.workItemId = :item",
                Meeting.class)
            .setParameter("item", workItemId)
            .getResultList();
    return meetings.stream()
        .findFirst()
        .map(
            meeting ->
                new WorkItemSubject(
                    "meeting",
                    meeting.getTitle(),
                    "/submission/meeting.xhtml?id=" + meeting.getId(),
                    caller.get().coversCsp(meeting.getCsp().getId()),
                    List.of()));
  }
}
