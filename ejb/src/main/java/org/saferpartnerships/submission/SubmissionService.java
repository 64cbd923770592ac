package org.saferpartnerships.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.due.Timeliness;
import org.saferpartnerships.submission.review.CheckAnswer;
import org.saferpartnerships.submission.review.CheckView;
import org.saferpartnerships.submission.review.PccRecommendationWorkflow;
import org.saferpartnerships.submission.review.RecommendationView;
import org.saferpartnerships.submission.review.ReviewCheck;
import org.saferpartnerships.submission.review.ReviewChecklist;
import org.saferpartnerships.submission.review.ReviewProgress;
import org.saferpartnerships.submission.review.SubmissionRecommendation;
import org.saferpartnerships.submission.review.SubmissionReviewWorkflow;
import org.saferpartnerships.workflow.documents.AttachmentUpload;
import org.saferpartnerships.workflow.documents.DocumentRules;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemDetail;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * The use cases of submissions: a CSP coordinator starts one, writes its version and uploads its
 * documents, and sends it (its review is routed to the policing body's submissions queue); the
 * policing body's reviewer claims it, answers the checklist, writes feedback and recommendations
 * (each routed back to the partnership) and signs it off or returns it for a new version. Each call
 * is one transaction; a refusal changes nothing.
 */
@Stateless
@RolesAllowed({Role.Names.CSP_COORDINATOR, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class SubmissionService {

  public static final String SUBJECT = "submission";

  /** The work item's subject reference, by which {@link ReviewProgress} finds the submission. */
  static final String SUBJECT_PREFIX = "submission:";

  private static final Map<String, String> SORTS =
      Map.of(
          "id", "s.id",
          "year", "s.financialYear",
          "type", "s.type",
          "state", "s.state",
          "csp", "s.csp.name",
          "submitted", "s.firstSubmittedAt",
          "updated", "s.updatedAt");

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

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
    if (request.type() == SubmissionType.GRANT_MONITORING_RETURN) {
      purposes.checkGrant(request.grantId(), csp);
    } else if (request.grantId() != null) {
      throw new ServiceException("submission.grantOnlyForReturns");
    }
    Long asked = null;
    if (request.type() == SubmissionType.REPORT_REQUEST_REPLY) {
      if (request.reportRequestId() == null) {
        throw new ServiceException("submission.reportRequestRequired");
      }
      purposes.checkOpenRequest(request.reportRequestId(), csp);
      asked = request.reportRequestId();
      long replies =
          em.createQuery(
                  "SELECT COUNT(s) FROM Submission s WHERE s.reportRequestId = :asked"
                      + " AND s.state <> :withdrawn",
                  Long.class)
              .setParameter("asked", asked)
              .setParameter("withdrawn", SubmissionState.WITHDRAWN)
              .getSingleResult();
      if (replies > 0) {
        throw new ServiceException("submission.replyExists");
      }
    } else if (request.reportRequestId() != null) {
      throw new ServiceException("submission.requestOnlyForReplies");
    }
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
    Instant now = clock.instant();
    Submission submission =
        new Submission(
            csp,
            em.find(Area.class, pfaId),
            request.type(),
            request.financialYear(),
            request.title().strip(),
            request.type() == SubmissionType.GRANT_MONITORING_RETURN ? request.grantId() : null,
            asked,
            now,
            scope.username());
    em.persist(submission);
    em.flush();
    record(submission, AuditAction.CREATE, request.type() + " " + request.financialYear());
    return submission.getId();
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
    flush(submission);
    record(submission, AuditAction.UPDATE, "version " + submission.current().getNumber());
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
    flush(submission);
    record(submission, AuditAction.UPDATE, "document " + upload.safeFileName());
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
    flush(submission);
    record(submission, AuditAction.UPDATE, "removed document " + document.getFileName());
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
    flush(submission);
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
    flush(submission);
    if (submission.getReportRequestId() != null) {
      // the reply answers the request: accountability closes it in this transaction
      sent.fire(
          new SubmissionSent(
              submission.getId(), submission.reference(), submission.getReportRequestId()));
    }
    record(submission, AuditAction.UPDATE, "submitted version 1 for review " + item);
  }

  /** Withdraws a draft, or a sent submission whose review is still open, with a reason. */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void withdraw(long id, long version, String reason) {
    Submission submission = visible(id);
    if (!SubmissionAccess.isCoordinatorOf(caller.get(), submission)) {
      throw new NotFoundException("notFound.submission", submission.reference());
    }
    stale(submission, version);
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 500) {
      throw new ServiceException("submission.withdrawReason", 500);
    }
    if (submission.getState() == SubmissionState.DRAFT) {
      submission.withdrawn(clock.instant());
      flush(submission);
      record(submission, AuditAction.UPDATE, "withdrawn: " + text);
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

  /** The reviewer takes the review: its work item is claimed by them. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void claim(long id, long version) {
    Submission submission = visible(id);
    stale(submission, version);
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
    flush(reviewing.submission());
  }

  /** The reviewer's feedback to the partnership, shown to it when the review is signed off. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void feedback(long id, long version, String text) {
    Reviewing reviewing = reviewing(id);
    stale(reviewing.submission(), version);
    String feedback = text == null || text.isBlank() ? null : text.strip();
    if (feedback != null && feedback.length() > 20000) {
      throw new ServiceException("submission.feedbackSize", 20000);
    }
    reviewing.submission().writeFeedback(feedback, clock.instant());
    flush(reviewing.submission());
    record(reviewing.submission(), AuditAction.UPDATE, "feedback");
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
                SUBJECT_PREFIX + submission.getId(),
                dueOn));
    Instant now = clock.instant();
    SubmissionRecommendation row =
        new SubmissionRecommendation(
            id, seq, recommendation, dueOn, item, today, now, caller.username());
    em.persist(row);
    submission.touch(now);
    flush(submission);
    record(submission, AuditAction.CREATE, "recommendation " + seq + " as " + item);
    return row.getId();
  }

  /** Signs the review off; refused without feedback or with the checklist unfinished. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void signOff(long id, long version) {
    Submission submission = visible(id);
    stale(submission, version);
    if (submission.getReviewItemId() == null) {
      throw new ServiceException("submission.notSent");
    }
    workItems.act(
        submission.getReviewItemId(), SubmissionReviewWorkflow.SIGN_OFF, ActionInput.of(null));
  }

  /** Returns the submission for a new version, with the reason the partnership will read. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void returnForChanges(long id, long version, String reason) {
    Submission submission = visible(id);
    stale(submission, version);
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

  /** One page of the submissions the caller may see, filtered and sorted in SQL. */
  public Page<SubmissionSummary> list(@NotNull SubmissionFilter filter, @NotNull PageRequest page) {
    return query(conditions(caller.get(), filter), page);
  }

  private Page<SubmissionSummary> query(JpqlConditions where, PageRequest page) {
    String from =
        // every join ANSI (csp and pfa are never null): EclipseLink writes inner joins as a comma
        // list after the outer ones, where the ON clause of the calendar's join cannot see them
        " FROM Submission s LEFT JOIN s.csp c LEFT JOIN s.pfa p LEFT JOIN CrimeGrant g ON g.id = s.grantId"
            // the grant's and request's due dates: accountability's rows, joined by id
            + " LEFT JOIN ReportRequest rr ON rr.id = s.reportRequestId"
            + " LEFT JOIN SubmissionDue d ON d.pfaId = s.pfaId AND d.type = s.type"
            + " AND d.financialYear = s.financialYear";
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(s)" + from + where.where(), Long.class))
            .getSingleResult();
    String sort = SORTS.getOrDefault(page.sort() == null ? "" : page.sort(), "s.id");
    boolean descending = page.sort() == null || page.descending();
    TypedQuery<Object[]> query =
        where.bind(
            em.createQuery(
                "SELECT s.id, c.gssCode, c.name, c.nameCy, p.gssCode, s.type, s.financialYear,"
                    + " s.title, s.state, g.monitoringDueOn, d.dueOn, s.firstSubmittedOn,"
                    + " (SELECT COUNT(v) FROM SubmissionVersion v WHERE v.submission = s),"
                    + " (SELECT COUNT(r) FROM SubmissionRecommendation r"
                    + " WHERE r.submissionId = s.id AND r.response IS NULL), rr.dueOn"
                    + from
                    + where.where()
                    + " ORDER BY "
                    + sort
                    + (descending ? " DESC" : " ASC")
                    + ", s.id DESC",
                Object[].class));
    LocalDate today = LocalDate.now(clock);
    List<SubmissionSummary> rows =
        query
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(row -> summary(row, today))
            .toList();
    return new Page<>(rows, total);
  }

  /** A submission's page for a caller who may see it. */
  public SubmissionDetail detail(long id) {
    Submission submission = visible(id);
    Scope scope = caller.get();
    SubmissionSummary summary =
        query(new JpqlConditions().and("s.id = :id", Map.of("id", id)), PageRequest.of(0, 1))
            .items()
            .get(0);
    Optional<WorkItemDetail> item =
        submission.getReviewItemId() == null
            ? Optional.empty()
            : workItemViews.detail(submission.getReviewItemId());
    ItemProgress progress =
        submission.getReviewItemId() == null
            ? null
            : workItemViews
                .progressOf(List.of(submission.getReviewItemId()))
                .get(submission.getReviewItemId());
    boolean coordinator = SubmissionAccess.isCoordinatorOf(scope, submission);
    boolean holder = item.map(i -> i.may(Actions.RETURN)).orElse(false);
    boolean reviewing =
        holder
            && item.map(i -> i.assigneeName() != null && i.may(SubmissionReviewWorkflow.SIGN_OFF))
                .orElse(false);
    List<VersionView> versions = submission.getVersions().stream().map(this::view).toList();
    Long bodyId = progress == null ? null : progress.holderId();
    boolean signedOff = submission.getState() == SubmissionState.SIGNED_OFF;
    // the partnership reads the review once it is signed off; the reviewers throughout
    boolean seesReview = !coordinator || signedOff || scope.has(Role.PCC_REVIEWER);
    List<CheckView> checks = seesReview ? checks(submission, bodyId) : List.of();
    List<RecommendationView> recommendations = recommendations(id);
    boolean editable = coordinator && submission.getState().editable();
    SubmissionDetail.Permissions may =
        new SubmissionDetail.Permissions(
            editable,
            editable,
            coordinator
                && submission.getState() != SubmissionState.SIGNED_OFF
                && submission.getState() != SubmissionState.WITHDRAWN,
            item.map(i -> i.may(Actions.CLAIM)).orElse(false),
            reviewing,
            reviewing,
            holder,
            item.isPresent());
    return new SubmissionDetail(
        summary,
        submission.getPfa().getName(),
        submission.getPfa().getNameCy(),
        submission.getGrantId(),
        submission.getGrantId() == null ? null : purposes.grantRecipient(submission.getGrantId()),
        seesReview ? submission.getFeedback() : null,
        submission.getReturnReason(),
        submission.getSignedOffAt(),
        submission.getSignedOffBy(),
        submission.getReviewItemId(),
        progress == null ? null : progress.state(),
        progress == null ? null : progress.holderName(),
        progress == null ? null : progress.holderNameCy(),
        progress == null ? null : progress.dueOn(),
        submission.getVersion(),
        versions,
        checks,
        recommendations,
        may);
  }

  /** A document's bytes, for a caller who may see the submission. */
  public DocumentFile document(long id, long documentId) {
    Submission submission = visible(id);
    SubmissionDocument document = em.find(SubmissionDocument.class, documentId);
    if (document == null
        || !document.getOwner().getSubmission().getId().equals(submission.getId())) {
      throw new NotFoundException("notFound.document", documentId);
    }
    record(submission, AuditAction.VIEW, "document " + document.getFileName());
    return new DocumentFile(
        document.getFileName(), document.getContentType(), document.getContent());
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

  private SubmissionSummary summary(Object[] row, LocalDate today) {
    LocalDate due =
        row[9] != null
            ? (LocalDate) row[9]
            : row[14] != null ? (LocalDate) row[14] : (LocalDate) row[10];
    SubmissionState state = (SubmissionState) row[8];
    LocalDate sentOn = (LocalDate) row[11];
    Timeliness timeliness =
        state == SubmissionState.WITHDRAWN && sentOn == null
            ? Timeliness.NO_DUE_DATE
            : Timeliness.of(due, sentOn, today);
    return new SubmissionSummary(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (SubmissionType) row[5],
        (Integer) row[6],
        (String) row[7],
        state,
        due,
        sentOn,
        timeliness,
        ((Number) row[12]).intValue(),
        ((Number) row[13]).longValue());
  }

  private JpqlConditions conditions(Scope scope, SubmissionFilter filter) {
    JpqlConditions where = SubmissionAccess.restrict(scope, new JpqlConditions());
    where.andIf(
        filter.cspCode() == null ? null : AreaRepository.normalise(filter.cspCode()),
        "c.gssCode = :csp",
        "csp");
    where.andIf(
        filter.pfaCode() == null ? null : AreaRepository.normalise(filter.pfaCode()),
        "p.gssCode = :pfa",
        "pfa");
    where.andIf(filter.type(), "s.type = :type", "type");
    where.andIf(filter.financialYear(), "s.financialYear = :year", "year");
    where.andIf(filter.state(), "s.state = :state", "state");
    return where;
  }

  private VersionView view(SubmissionVersion version) {
    return new VersionView(
        version.getId(),
        version.getNumber(),
        version.getPeriodFrom(),
        version.getPeriodTo(),
        version.getSummary(),
        version.getPriorities(),
        version.getMeasures(),
        version.getSubmittedAt(),
        version.getSubmittedBy(),
        version.getDocuments().stream()
            .map(
                d ->
                    new DocumentView(
                        d.getId(),
                        d.getFileName(),
                        d.getContentType(),
                        d.getSizeBytes(),
                        d.getSha256(),
                        d.getUploadedAt(),
                        d.getUploadedBy()))
            .toList());
  }

  private List<CheckView> checks(Submission submission, Long bodyId) {
    Map<Long, SubmissionCheck> answers = new HashMap<>();
    em.createQuery(
            "SELECT c FROM SubmissionCheck c WHERE c.submissionId = :s", SubmissionCheck.class)
        .setParameter("s", submission.getId())
        .getResultList()
        .forEach(answer -> answers.put(answer.getCheckId(), answer));
    List<CheckView> views = new ArrayList<>();
    for (ReviewCheck check : checklist.activeFor(bodyId)) {
      SubmissionCheck answer = answers.remove(check.getId());
      views.add(
          new CheckView(
              check.getId(),
              check.getTextEn(),
              check.getTextCy(),
              answer == null ? null : answer.getAnswer(),
              answer == null ? null : answer.getNote(),
              answer == null ? null : answer.getAnsweredBy()));
    }
    // answers to items since retired (or of another office's list) stay on the record
    for (SubmissionCheck answer : answers.values()) {
      ReviewCheck check = em.find(ReviewCheck.class, answer.getCheckId());
      views.add(
          new CheckView(
              check.getId(),
              check.getTextEn(),
              check.getTextCy(),
              answer.getAnswer(),
              answer.getNote(),
              answer.getAnsweredBy()));
    }
    return views;
  }

  private List<RecommendationView> recommendations(long submissionId) {
    List<SubmissionRecommendation> rows =
        em.createQuery(
                "SELECT r FROM SubmissionRecommendation r WHERE r.submissionId = :s ORDER BY r.seq",
                SubmissionRecommendation.class)
            .setParameter("s", submissionId)
            .getResultList();
    List<Long> items = rows.stream().map(SubmissionRecommendation::getWorkItemId).toList();
    Map<Long, ItemProgress> progress = workItemViews.progressOf(items);
    Set<Long> viewable = workItemViews.viewable(items);
    return rows.stream()
        .map(
            r ->
                new RecommendationView(
                    r.getId(),
                    r.getSeq(),
                    r.getText(),
                    r.getDueOn(),
                    r.getMadeOn(),
                    r.getWorkItemId(),
                    Optional.ofNullable(progress.get(r.getWorkItemId()))
                        .map(ItemProgress::state)
                        .orElse(null),
                    viewable.contains(r.getWorkItemId()),
                    r.getResponse(),
                    r.getResponseText(),
                    r.getRespondedOn(),
                    r.getRespondedBy()))
        .toList();
  }

  /** Writes what the caller did to a submission to the audit log. */
  private void record(Submission submission, AuditAction action, String detail) {
    audit.record(
        caller.username(),
        action,
        SUBJECT,
        submission.reference(),
        submission.getCsp().getId(),
        detail);
  }

  /** The submission, if the caller may see it; otherwise it does not exist. */
  Submission visible(long id) {
    Submission submission = em.find(Submission.class, id);
    if (submission == null || !SubmissionAccess.mayView(caller.get(), submission)) {
      throw new NotFoundException("notFound.submission", Submission.reference(id));
    }
    return submission;
  }

  private Submission editable(long id, Long version) {
    Submission submission = visible(id);
    if (!SubmissionAccess.isCoordinatorOf(caller.get(), submission)) {
      throw new NotFoundException("notFound.submission", submission.reference());
    }
    if (version != null) {
      stale(submission, version);
    }
    if (!submission.getState().editable() || submission.current().isSubmitted()) {
      throw new ServiceException("submission.notEditable");
    }
    return submission;
  }

  private static void stale(Submission submission, long version) {
    if (submission.getVersion() != version) {
      throw new ConflictException("stale.submission", submission.reference());
    }
  }

  /** The submission while the caller's office holds its review open; else refused. */
  private Reviewing reviewing(long id) {
    Submission submission = visible(id);
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

  private void flush(Submission submission) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.submission", submission.reference());
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConflictException("stale.submission", submission.reference());
      }
      throw e;
    }
  }
}
