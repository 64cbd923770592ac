package org.saferpartnerships.submission.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.submission.Submission;
import org.saferpartnerships.submission.SubmissionCheck;
import org.saferpartnerships.submission.SubmissionGuard;
import org.saferpartnerships.submission.SubmissionService;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemDetail;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * The policing body's review of a submission: the reviewer claims it, answers the checklist, writes
 * feedback and recommendations (each routed back to the partnership as a work item) and signs it
 * off or returns it for a new version. Each call is one transaction; a refusal changes nothing.
 */
@Stateless
@RolesAllowed(Role.Names.PCC_REVIEWER)
public class SubmissionReviewService {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private SubmissionGuard guard;

  @EJB private WorkItemService workItems;

  @EJB private WorkItemRepository workItemViews;

  @EJB private ReviewChecklist checklist;

  /** The reviewer takes the review: its work item is claimed by them. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void claim(long id, long version) {
    Submission submission = guard.visible(id);
    SubmissionGuard.stale(submission, version);
    if (submission.getReviewItemId() == null) {
      throw new ServiceException("submission.notSent");
    }
    workItems.act(submission.getReviewItemId(), Actions.CLAIM, ActionInput.of(null));
  }

  /**
   * The reviewer's answers to several checklist items at once (the checklist form): all are saved,
   * or none if one is refused. Items left unanswered are skipped.
   */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void answers(long id, @NotNull Map<Long, CheckAnswer> answers, Map<Long, String> notes) {
    for (Map.Entry<Long, CheckAnswer> entry : answers.entrySet()) {
      if (entry.getValue() != null) {
        answer(
            id, entry.getKey(), entry.getValue(), notes == null ? null : notes.get(entry.getKey()));
      }
    }
  }

  /** The reviewer's answer to a checklist item. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void answer(long id, long checkId, @NotNull CheckAnswer answer, String note) {
    Reviewing reviewing = reviewing(id);
    if (reviewing.checks().stream().noneMatch(check -> check.getId() == checkId)) {
      throw new NotFoundException("notFound.check", checkId);
    }
    if (note != null && note.length() > 2000) {
      throw new ServiceException("submission.checkNote", 2000);
    }
    Instant now = clock.instant();
    SubmissionCheck row =
        em.createQuery(
                "SELECT c FROM SubmissionCheck c WHERE c.submissionId = :s AND c.checkId = :c",
                SubmissionCheck.class)
            .setParameter("s", id)
            .setParameter("c", checkId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (row == null) {
      row = new SubmissionCheck(id, checkId);
      row.answer(answer, note, now, caller.username());
      em.persist(row);
    } else {
      row.answer(answer, note, now, caller.username());
    }
    reviewing.submission().touch(now);
    guard.flush(reviewing.submission());
  }

  /** The reviewer's feedback to the partnership, shown to it when the review is signed off. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void feedback(long id, long version, String text) {
    Reviewing reviewing = reviewing(id);
    SubmissionGuard.stale(reviewing.submission(), version);
    String feedback = text == null || text.isBlank() ? null : text.strip();
    if (feedback != null && feedback.length() > 20000) {
      throw new ServiceException("submission.feedbackSize", 20000);
    }
    reviewing.submission().writeFeedback(feedback, clock.instant());
    guard.flush(reviewing.submission());
    guard.record(reviewing.submission(), AuditAction.UPDATE, "feedback");
  }

  /** A recommendation to the partnership, routed to it as a work item due on the day given. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public long recommend(long id, String text, LocalDate dueOn) {
    Reviewing reviewing = reviewing(id);
    Submission submission = reviewing.submission();
    String recommendation = text == null ? "" : text.strip();
    if (recommendation.isEmpty() || recommendation.length() > 4000) {
      throw new ServiceException("submission.recommendationText", 4000);
    }
    LocalDate today = LocalDate.now(clock);
    if (dueOn == null || !dueOn.isAfter(today)) {
      throw new ServiceException("submission.recommendationDue", today);
    }
    int seq =
        em.createQuery(
                    "SELECT COUNT(r) FROM SubmissionRecommendation r WHERE r.submissionId = :s",
                    Long.class)
                .setParameter("s", id)
                .getSingleResult()
                .intValue()
            + 1;
    String title =
        "Recommendation "
            + seq
            + " on "
            + submission.reference()
            + ": "
            + (recommendation.length() > 120
                ? recommendation.substring(0, 117) + "…"
                : recommendation);
    long item =
        workItems.open(
            new OpenRequest(
                PccRecommendationWorkflow.TYPE,
                submission.getCsp().getGssCode(),
                title,
                recommendation,
                TargetBody.PARTNERSHIP,
                Priority.NORMAL,
                SubmissionService.SUBJECT_PREFIX + submission.getId(),
                dueOn));
    Instant now = clock.instant();
    SubmissionRecommendation row =
        new SubmissionRecommendation(
            id, seq, recommendation, dueOn, item, today, now, caller.username());
    em.persist(row);
    submission.touch(now);
    guard.flush(submission);
    guard.record(submission, AuditAction.CREATE, "recommendation " + seq + " as " + item);
    return row.getId();
  }

  /** Signs the review off; refused without feedback or with the checklist unfinished. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void signOff(long id, long version) {
    Submission submission = guard.visible(id);
    SubmissionGuard.stale(submission, version);
    if (submission.getReviewItemId() == null) {
      throw new ServiceException("submission.notSent");
    }
    workItems.act(
        submission.getReviewItemId(), SubmissionReviewWorkflow.SIGN_OFF, ActionInput.of(null));
  }

  /** Returns the submission for a new version, with the reason the partnership will read. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void returnForChanges(long id, long version, String reason) {
    Submission submission = guard.visible(id);
    SubmissionGuard.stale(submission, version);
    if (submission.getReviewItemId() == null) {
      throw new ServiceException("submission.notSent");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 500) {
      throw new ServiceException("submission.returnReason", 500);
    }
    workItems.act(
        submission.getReviewItemId(), Actions.RETURN, new ActionInput(null, text, null, null));
  }

  /** The submission while the caller's office holds its review open; else refused. */
  private Reviewing reviewing(long id) {
    Submission submission = guard.visible(id);
    WorkItemDetail item =
        submission.getReviewItemId() == null
            ? null
            : workItemViews.detail(submission.getReviewItemId()).orElse(null);
    if (item == null || !item.may(SubmissionReviewWorkflow.SIGN_OFF)) {
      throw new ServiceException("submission.notReviewing");
    }
    return new Reviewing(submission, checklist.activeFor(item.organisationId()));
  }

  private record Reviewing(Submission submission, List<ReviewCheck> checks) {}
}
