package org.saferpartnerships.accountability.requests;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.submission.SubmissionSent;
import org.saferpartnerships.submission.SubmissionState;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.items.WorkItemActed;
import org.saferpartnerships.workflow.items.WorkItemService;

/**
 * Keeps report requests in step with their work items and with the replies partnerships send: a
 * reply sent answers its request's work item, the answer records the reply against the request, and
 * a withdrawal closes it. Runs in the transaction of the action or the sending, so a refusal here
 * (an answer given other than by sending a reply) undoes it too.
 */
@Stateless
public class ReportRequestProgress {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext private EntityManager em;

  @EJB private WorkItemService workItems;

  @jakarta.inject.Inject private AuditLog audit;

  /** A reply was sent: its request's work item is answered (which {@link #onAction} records). */
  public void onReplySent(@Observes SubmissionSent sent) {
    if (sent.reportRequestId() == null) {
      return;
    }
    ReportRequest request = em.find(ReportRequest.class, sent.reportRequestId());
    workItems.act(
        request.getWorkItemId(),
        ReportRequestWorkflow.ANSWER,
        new ActionInput("Reply " + sent.reference(), null, null, null));
  }

  public void onAction(@Observes WorkItemActed acted) {
    if (!ReportRequestWorkflow.TYPE.equals(acted.itemType())) {
      return;
    }
    ReportRequest request =
        em.createQuery(
                "SELECT r FROM ReportRequest r WHERE r.workItemId = :item", ReportRequest.class)
            .setParameter("item", acted.itemId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (request == null) {
      return;
    }
    LocalDate day = acted.at().atZone(UK).toLocalDate();
    if (ReportRequestWorkflow.ANSWER.equals(acted.action())) {
      Long reply =
          em.createQuery(
                  "SELECT s.id FROM Submission s WHERE s.reportRequestId = :request"
                      + " AND s.firstSubmittedAt IS NOT NULL AND s.state <> :withdrawn",
                  Long.class)
              .setParameter("request", request.getId())
              .setParameter("withdrawn", SubmissionState.WITHDRAWN)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new ServiceException("reportRequest.answerBySubmission"));
      request.answeredBy(reply, day);
    } else if (ReportRequestWorkflow.WITHDRAW.equals(acted.action())) {
      request.withdrawn(day);
      audit.record(
          acted.actor(),
          AuditAction.UPDATE,
          ReportRequestService.SUBJECT,
          String.valueOf(request.getId()),
          request.getCsp().getId(),
          "withdrawn: " + acted.reason());
    }
  }
}
