package org.saferpartnerships.casereview.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.ToLongFunction;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.CaseState;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItem;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Sends a request for review of a case review to the body holding PCC functions for the area on the
 * day (routed through the registry's terms, never a named PCC), as a work item to its case review
 * queue under that body's SLA; its outcome comes back through {@link EscalationOutcomes}. Once per
 * case, after the threshold was found not met or the case was closed. Whoever calls it has already
 * decided the caller may ask: the coordinator for the applicant, or the victim themself.
 */
@Stateless
@PermitAll
public class EscalationSender {

  @PersistenceContext private EntityManager em;

  @EJB private WorkItemService workItems;

  @EJB private AuditLog audit;

  @Inject private Clock clock;

  /** The coordinator's request on the applicant's behalf; returns the work item's id. */
  public long send(CaseReview review, String grounds, String by) {
    return send(review, grounds, by, workItems::open);
  }

  /** The victim's own request, made on the public page; returns the work item's id. */
  public long sendForVictim(CaseReview review, String grounds) {
    return send(review, grounds, AuditLog.PUBLIC, workItems::openForPublic);
  }

  private long send(
      CaseReview review, String grounds, String by, ToLongFunction<OpenRequest> opener) {
    if (review.getState() != CaseState.THRESHOLD_NOT_MET && review.getState() != CaseState.CLOSED) {
      throw new ServiceException("escalation.notYet", review.getReference());
    }
    if (review.getEscalation().getEscalationItemId() != null) {
      throw new ServiceException("escalation.already", review.getReference());
    }
    long item =
        opener.applyAsLong(
            new OpenRequest(
                CaseEscalationWorkflow.TYPE,
                review.getCsp().getGssCode(),
                "Request for review of ASB case review " + review.getReference(),
                grounds.trim(),
                TargetBody.POLICING_BODY,
                review.getPriority().atLeast(Priority.HIGH),
                review.getReference()));
    review.escalate(item, LocalDate.now(clock), grounds, clock.instant());
    em.flush();
    audit.record(
        by,
        AuditAction.DISCLOSE,
        CaseReviewService.SUBJECT,
        review.getReference(),
        review.getCsp().getId(),
        "escalated to the policing body (" + WorkItem.reference(item) + ")");
    return item;
  }
}
