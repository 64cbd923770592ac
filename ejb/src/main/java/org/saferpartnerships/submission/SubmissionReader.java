package org.saferpartnerships.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.due.Timeliness;
import org.saferpartnerships.submission.review.CheckView;
import org.saferpartnerships.submission.review.RecommendationView;
import org.saferpartnerships.submission.review.ReviewCheck;
import org.saferpartnerships.submission.review.ReviewChecklist;
import org.saferpartnerships.submission.review.SubmissionRecommendation;
import org.saferpartnerships.submission.review.SubmissionReviewWorkflow;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.items.WorkItemDetail;
import org.saferpartnerships.workflow.items.WorkItemRepository;

/**
 * Reads submissions for pages and the API: one page of a list filtered and sorted in SQL, a
 * submission's details with its versions, checklist and recommendations, and a document's bytes
 * (the read is audited). What the caller may not see does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.CSP_COORDINATOR, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class SubmissionReader {

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

  @Inject private SubmissionGuard guard;

  @EJB private WorkItemRepository workItemViews;

  @EJB private ReviewChecklist checklist;

  @EJB private SubmissionPurposes purposes;

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
    Submission submission = guard.visible(id);
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
    Submission submission = guard.visible(id);
    SubmissionDocument document = em.find(SubmissionDocument.class, documentId);
    if (document == null
        || !document.getOwner().getSubmission().getId().equals(submission.getId())) {
      throw new NotFoundException("notFound.document", documentId);
    }
    guard.record(submission, AuditAction.VIEW, "document " + document.getFileName());
    return new DocumentFile(
        document.getFileName(), document.getContentType(), document.getContent());
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
    if (filter.due() != null) {
      LocalDate today = LocalDate.now(clock);
      String due = "COALESCE(g.monitoringDueOn, rr.dueOn, d.dueOn)";
      where.and(
          "s.state IN :stillToSend",
          Map.of("stillToSend", List.of(SubmissionState.DRAFT, SubmissionState.RETURNED)));
      if (filter.due() == SubmissionFilter.Due.OVERDUE) {
        where.and(due + " < :today", Map.of("today", today));
      } else {
        where.and(
            due + " >= :today AND " + due + " <= :horizon",
            Map.of("today", today, "horizon", today.plusDays(30)));
      }
    }
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
}
