package org.saferpartnerships.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.submission.review.ReviewChecklist;
import org.saferpartnerships.submission.review.ReviewProgress;
import org.saferpartnerships.submission.review.SubmissionReviewWorkflow;
import org.saferpartnerships.workflow.documents.AttachmentUpload;
import org.saferpartnerships.workflow.documents.DocumentRules;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * The partnership's side of a submission: a CSP coordinator starts one, writes its version and
 * uploads its documents, sends it (its review is routed to the policing body's submissions queue)
 * or withdraws it. The review is {@link
 * org.saferpartnerships.submission.review.SubmissionReviewService}'s, reading is {@link
 * SubmissionReader}'s. Each call is one transaction; a refusal changes nothing.
 */
@Stateless
@RolesAllowed({Role.Names.CSP_COORDINATOR, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class SubmissionService {

  public static final String SUBJECT = "submission";

  /** The work item's subject reference, by which {@link ReviewProgress} finds the submission. */
  public static final String SUBJECT_PREFIX = "submission:";

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private SubmissionGuard guard;

  @EJB private AreaRepository areas;

  @EJB private Registry registry;

  @EJB private WorkItemService workItems;

  @EJB private WorkItemRepository workItemViews;

  @EJB private ReviewChecklist checklist;

  @EJB private SubmissionPurposes purposes;

  @Inject private jakarta.enterprise.event.Event<SubmissionSent> sent;

  /** Starts a draft for a CSP the coordinator acts for; returns its id. */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public long create(@NotNull @Valid NewSubmission request) {
    Scope scope = caller.get();
    Area csp =
        areas
            .find(request.cspCode(), AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
            .filter(area -> scope.cspIds().contains(area.getId()))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "notFound.csp", AreaRepository.normalise(request.cspCode())));
    Long pfaId = registry.forceAreaOf(csp.getId(), LocalDate.now(clock));
    if (pfaId == null) {
      throw new ServiceException("submission.noForceArea", csp.getGssCode());
    }
    checkPurpose(request, csp);
    checkOncePerYear(request, csp);
    Instant now = clock.instant();
    Submission submission =
        new Submission(
            csp,
            em.find(Area.class, pfaId),
            request.type(),
            request.financialYear(),
            request.title().strip(),
            request.type() == SubmissionType.GRANT_MONITORING_RETURN ? request.grantId() : null,
            request.type() == SubmissionType.REPORT_REQUEST_REPLY
                ? request.reportRequestId()
                : null,
            now,
            scope.username());
    em.persist(submission);
    em.flush();
    guard.record(submission, AuditAction.CREATE, request.type() + " " + request.financialYear());
    return submission.getId();
  }

  /** A grant's return names the partnership's grant; a reply an open request, answered once. */
  private void checkPurpose(NewSubmission request, Area csp) {
    if (request.type() == SubmissionType.GRANT_MONITORING_RETURN) {
      purposes.checkGrant(request.grantId(), csp);
    } else if (request.grantId() != null) {
      throw new ServiceException("submission.grantOnlyForReturns");
    }
    if (request.type() == SubmissionType.REPORT_REQUEST_REPLY) {
      if (request.reportRequestId() == null) {
        throw new ServiceException("submission.reportRequestRequired");
      }
      purposes.checkOpenRequest(request.reportRequestId(), csp);
      long replies =
          em.createQuery(
                  "SELECT COUNT(s) FROM Submission s WHERE s.reportRequestId = :asked"
                      + " AND s.state <> :withdrawn",
                  Long.class)
              .setParameter("asked", request.reportRequestId())
              .setParameter("withdrawn", SubmissionState.WITHDRAWN)
              .getSingleResult();
      if (replies > 0) {
        throw new ServiceException("submission.replyExists");
      }
    } else if (request.reportRequestId() != null) {
      throw new ServiceException("submission.requestOnlyForReplies");
    }
  }

  /** The kinds sent once a year are refused a second time in the same year. */
  private void checkOncePerYear(NewSubmission request, Area csp) {
    if (request.type().oncePerYear()) {
      long existing =
          em.createQuery(
                  "SELECT COUNT(s) FROM Submission s WHERE s.csp.id = :csp AND s.type = :type"
                      + " AND s.financialYear = :year AND s.state <> :withdrawn",
                  Long.class)
              .setParameter("csp", csp.getId())
              .setParameter("type", request.type())
              .setParameter("year", request.financialYear())
              .setParameter("withdrawn", SubmissionState.WITHDRAWN)
              .getSingleResult();
      if (existing > 0) {
        throw new ServiceException("submission.duplicate", request.financialYear());
      }
    }
  }

  /** Saves the title and the version being prepared; a stale version number is refused. */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void edit(long id, long version, String title, @NotNull @Valid VersionContent content) {
    Submission submission = editable(id, version);
    String text = title == null ? "" : title.strip();
    if (text.isEmpty() || text.length() > 200) {
      throw new ServiceException("submission.title", 200);
    }
    if (content.periodFrom() != null
        && content.periodTo() != null
        && content.periodTo().isBefore(content.periodFrom())) {
      throw new ServiceException("submission.period");
    }
    Instant now = clock.instant();
    submission.retitle(text, now);
    submission.current().edit(content);
    guard.flush(submission);
    guard.record(submission, AuditAction.UPDATE, "version " + submission.current().getNumber());
  }

  /** Adds a checked document to the version being prepared; returns its id. */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public long upload(long id, @NotNull AttachmentUpload upload) {
    Submission submission = editable(id, null);
    String type = DocumentRules.check(upload, DocumentRules.Use.SUBMISSION);
    SubmissionVersion draft = submission.current();
    if (draft.getDocuments().size() >= 20) {
      throw new ServiceException("submission.tooManyDocuments", 20);
    }
    Instant now = clock.instant();
    SubmissionDocument document =
        new SubmissionDocument(
            draft,
            upload.safeFileName(),
            type,
            upload.content(),
            upload.sha256(),
            now,
            caller.username());
    draft.addDocument(document);
    em.persist(document);
    submission.touch(now);
    guard.flush(submission);
    guard.record(submission, AuditAction.UPDATE, "document " + upload.safeFileName());
    return document.getId();
  }

  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void removeDocument(long id, long documentId) {
    Submission submission = editable(id, null);
    SubmissionVersion draft = submission.current();
    SubmissionDocument document =
        draft.getDocuments().stream()
            .filter(d -> d.getId() == documentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("notFound.document", documentId));
    draft.removeDocument(document);
    em.remove(document);
    submission.touch(clock.instant());
    guard.flush(submission);
    guard.record(submission, AuditAction.UPDATE, "removed document " + document.getFileName());
  }

  /**
   * Sends the version being prepared: the first time, its review is opened and routed to the
   * policing body; after a return, the review is resubmitted (and routed again).
   */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void submit(long id, long version) {
    Submission submission = editable(id, version);
    if (submission.getState() == SubmissionState.RETURNED) {
      workItems.act(submission.getReviewItemId(), Actions.RESUBMIT, ActionInput.of(null));
      return;
    }
    Instant now = clock.instant();
    submission.send(LocalDate.now(clock), now, caller.username());
    guard.flush(submission);
    long item =
        workItems.open(
            new OpenRequest(
                SubmissionReviewWorkflow.TYPE,
                submission.getCsp().getGssCode(),
                itemTitle(submission),
                submission.current().getSummary().length() > 4000
                    ? submission.current().getSummary().substring(0, 4000)
                    : submission.current().getSummary(),
                TargetBody.POLICING_BODY,
                Priority.NORMAL,
                SUBJECT_PREFIX + submission.getId()));
    submission.reviewOpened(item);
    guard.flush(submission);
    if (submission.getReportRequestId() != null) {
      // the reply answers the request: accountability closes it in this transaction
      sent.fire(
          new SubmissionSent(
              submission.getId(), submission.reference(), submission.getReportRequestId()));
    }
    guard.record(submission, AuditAction.UPDATE, "submitted version 1 for review " + item);
  }

  /** Withdraws a draft, or a sent submission whose review is still open, with a reason. */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void withdraw(long id, long version, String reason) {
    Submission submission = guard.visible(id);
    if (!SubmissionAccess.isCoordinatorOf(caller.get(), submission)) {
      throw new NotFoundException("notFound.submission", submission.reference());
    }
    SubmissionGuard.stale(submission, version);
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 500) {
      throw new ServiceException("submission.withdrawReason", 500);
    }
    if (submission.getState() == SubmissionState.DRAFT) {
      submission.withdrawn(clock.instant());
      guard.flush(submission);
      guard.record(submission, AuditAction.UPDATE, "withdrawn: " + text);
      return;
    }
    if (submission.getReviewItemId() == null
        || submission.getState() == SubmissionState.SIGNED_OFF
        || submission.getState() == SubmissionState.WITHDRAWN) {
      throw new ServiceException("submission.notWithdrawable");
    }
    workItems.act(
        submission.getReviewItemId(),
        SubmissionReviewWorkflow.WITHDRAW,
        new ActionInput(null, text, null, null));
  }

  // ---- helpers

  static String itemTitle(Submission submission) {
    String year =
        submission.getFinancialYear()
            + "–"
            + String.format("%02d", (submission.getFinancialYear() + 1) % 100);
    String title = submission.getType().name().replace('_', ' ').toLowerCase();
    title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
    String full =
        title + " " + year + ", " + submission.getCsp().getName() + ": " + submission.getTitle();
    return full.length() > 200 ? full.substring(0, 199) + "…" : full;
  }

  private Submission editable(long id, Long version) {
    Submission submission = guard.visible(id);
    if (!SubmissionAccess.isCoordinatorOf(caller.get(), submission)) {
      throw new NotFoundException("notFound.submission", submission.reference());
    }
    if (version != null) {
      SubmissionGuard.stale(submission, version);
    }
    if (!submission.getState().editable() || submission.current().isSubmitted()) {
      throw new ServiceException("submission.notEditable");
    }
    return submission;
  }
}
