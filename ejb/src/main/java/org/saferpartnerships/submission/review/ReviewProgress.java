package org.saferpartnerships.submission.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.submission.Submission;
import org.saferpartnerships.submission.SubmissionService;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.items.WorkItemActed;
import org.saferpartnerships.workflow.items.WorkItemRepository;

/**
 * Keeps submissions in step with their work items, whichever page the action was taken on: a claim
 * starts the review, a return opens a new version, a resubmission sends it, a sign-off closes the
 * review, and a partnership's response to a recommendation is recorded against it. Runs in the
 * action's transaction, so a refusal here (a sign-off without feedback or with the checklist
 * unfinished; a resubmission of an incomplete version) undoes the action too.
 */
@Stateless
public class ReviewProgress {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext private EntityManager em;

  @EJB private ReviewChecklist checklist;

  @EJB private WorkItemRepository items;

  @jakarta.inject.Inject private AuditLog audit;

  public void onAction(@Observes WorkItemActed acted) {
    if (SubmissionReviewWorkflow.TYPE.equals(acted.itemType())) {
      onReview(acted);
    } else if (PccRecommendationWorkflow.TYPE.equals(acted.itemType())) {
      onRecommendation(acted);
    }
  }

  private void onReview(WorkItemActed acted) {
    Submission submission =
        em.createQuery("SELECT s FROM Submission s WHERE s.reviewItemId = :item", Submission.class)
            .setParameter("item", acted.itemId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (submission == null) {
      return;
    }
    LocalDate day = acted.at().atZone(UK).toLocalDate();
    String detail = null;
    switch (acted.action()) {
      case Actions.CLAIM, Actions.REASSIGN -> submission.claimed(acted.at());
      case Actions.RELEASE -> submission.released(acted.at());
      case Actions.RETURN -> {
        submission.returned(acted.reason(), acted.at(), acted.actor());
        em.persist(submission.current());
        detail = "returned: " + acted.reason();
      }
      case Actions.RESUBMIT -> {
        submission.send(day, acted.at(), acted.actor());
        detail = "submitted version " + submission.current().getNumber();
      }
      case SubmissionReviewWorkflow.SIGN_OFF -> {
        checkReadyToSignOff(submission);
        submission.signedOff(acted.at(), acted.actor());
        detail = "signed off";
      }
      case SubmissionReviewWorkflow.WITHDRAW -> {
        submission.withdrawn(acted.at());
        detail = "withdrawn: " + acted.reason();
      }
      default -> {
        // notes, attachments, pauses: nothing changes on the submission
      }
    }
    if (detail != null) {
      audit.record(
          acted.actor(),
          AuditAction.UPDATE,
          SubmissionService.SUBJECT,
          submission.reference(),
          submission.getCsp().getId(),
          detail);
    }
  }

  private void checkReadyToSignOff(Submission submission) {
    if (submission.getFeedback() == null || submission.getFeedback().isBlank()) {
      throw new ServiceException("submission.feedbackRequired");
    }
    ItemProgress review =
        items.progressOf(List.of(submission.getReviewItemId())).get(submission.getReviewItemId());
    Long bodyId = review == null ? null : review.holderId();
    List<ReviewCheck> checks = checklist.activeFor(bodyId);
    Set<Long> answered =
        em.createQuery(
                "SELECT c.checkId FROM SubmissionCheck c WHERE c.submissionId = :s", Long.class)
            .setParameter("s", submission.getId())
            .getResultStream()
            .collect(Collectors.toSet());
    long missing = checks.stream().filter(check -> !answered.contains(check.getId())).count();
    if (missing > 0) {
      throw new ServiceException("submission.checklistUnfinished", missing);
    }
  }

  private void onRecommendation(WorkItemActed acted) {
    SubmissionRecommendation recommendation =
        em.createQuery(
                "SELECT r FROM SubmissionRecommendation r WHERE r.workItemId = :item",
                SubmissionRecommendation.class)
            .setParameter("item", acted.itemId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (recommendation == null) {
      return;
    }
    LocalDate day = acted.at().atZone(UK).toLocalDate();
    RecommendationOutcome outcome =
        switch (acted.action()) {
          case PccRecommendationWorkflow.ACCEPT -> RecommendationOutcome.ACCEPTED;
          case PccRecommendationWorkflow.DECLINE -> RecommendationOutcome.DECLINED;
          case PccRecommendationWorkflow.WITHDRAW -> RecommendationOutcome.WITHDRAWN;
          default -> null;
        };
    if (outcome != null) {
      recommendation.respond(outcome, acted.reason(), day, acted.actor());
    }
  }
}
