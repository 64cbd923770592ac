package org.saferpartnerships.casereview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.complaints.CaseComplaint;
import org.saferpartnerships.casereview.complaints.ComplaintLine;
import org.saferpartnerships.casereview.complaints.ComplaintVerdict;
import org.saferpartnerships.casereview.letters.LetterFile;
import org.saferpartnerships.casereview.letters.LetterLine;
import org.saferpartnerships.casereview.review.CaseInformationRequest;
import org.saferpartnerships.casereview.review.CaseRecommendation;
import org.saferpartnerships.casereview.review.InformationRequestLine;
import org.saferpartnerships.casereview.review.RecommendationLine;
import org.saferpartnerships.casereview.threshold.ThresholdEngine;
import org.saferpartnerships.casereview.threshold.ThresholdEvaluation;
import org.saferpartnerships.casereview.threshold.ThresholdRule;
import org.saferpartnerships.casereview.threshold.ThresholdView;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.items.WorkItemRepository;

/**
 * Reading case reviews: the coordinator's list (no personal data, paged and filtered in SQL), one
 * case with its personal data (each read written to the audit log), and the computed threshold.
 */
@Stateless
@RolesAllowed(Role.Names.CSP_COORDINATOR)
public class CaseReviewRepository {

  private static final Map<String, String> SORTS =
      Map.of(
          "received", "c.receivedOn",
          "reference", "c.id",
          "state", "c.state",
          "csp", "c.csp.name",
          "priority", "c.priority",
          "due", "c.decisionDueOn");

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @EJB private CaseAccess access;

  @EJB private AuditLog audit;

  @EJB private WorkItemRepository workItems;

  @Inject private java.time.Clock clock;

  public Page<CaseReviewSummary> list(CaseFilter filter, PageRequest page) {
    Set<Long> csps = access.visibleCsps();
    if (csps.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    JpqlConditions where = conditions(csps, filter);
    long total = countOf(where);
    String order = SORTS.getOrDefault(page.sort() == null ? "" : page.sort(), "c.receivedOn");
    String direction = page.sort() == null || page.descending() ? " DESC" : " ASC";
    List<CaseReviewSummary> items =
        where
            .bind(
                em.createQuery(
                    "SELECT NEW org.saferpartnerships.casereview.CaseReviewSummary(c.reference,"
                        + " c.csp.gssCode, c.csp.name, c.state, c.receivedOn, c.channel,"
                        + " c.victim.victimType, c.hateRelated, c.threshold.thresholdOutcome,"
                        + " c.threshold.thresholdDecidedOn,"
                        + " c.priority, c.decisionDueOn, c.assessedStage)"
                        + " FROM CaseReview c"
                        + where.where()
                        + " ORDER BY "
                        + order
                        + direction
                        + ", c.id"
                        + direction,
                    CaseReviewSummary.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total);
  }

  /** How many of the caller's cases match, with no list (the home page's figures). */
  public long count(CaseFilter filter) {
    Set<Long> csps = access.visibleCsps();
    if (csps.isEmpty()) {
      return 0;
    }
    return countOf(conditions(csps, filter));
  }

  private long countOf(JpqlConditions where) {
    return where
        .bind(em.createQuery("SELECT COUNT(c) FROM CaseReview c" + where.where(), Long.class))
        .getSingleResult();
  }

  private JpqlConditions conditions(Set<Long> csps, CaseFilter filter) {
    LocalDate today = LocalDate.now(clock);
    DecisionDue decision = filter.decision();
    return new JpqlConditions()
        .and("c.csp.id IN :csps", Map.of("csps", csps))
        .andIf(filter.cspCode(), "c.csp.gssCode = :cspCode", "cspCode")
        .andIf(filter.state(), "c.state = :state", "state")
        .andIf(filter.priority(), "c.priority = :priority", "priority")
        .andIf(filter.receivedFrom(), "c.receivedOn >= :from", "from")
        .andIf(filter.receivedTo(), "c.receivedOn <= :to", "to")
        .andIf(
            filter.reference() == null ? null : JpqlConditions.startingWith(filter.reference()),
            "LOWER(c.reference) LIKE :reference ESCAPE '!'",
            "reference")
        .andIf(
            decision == null ? null : CaseState.AWAITING_DECISION,
            "c.state IN :awaiting",
            "awaiting")
        .andIf(
            decision == null ? null : decision.from(today),
            "c.decisionDueOn >= :dueFrom",
            "dueFrom")
        .andIf(decision == null ? null : decision.to(today), "c.decisionDueOn <= :dueTo", "dueTo");
  }

  /** One case with its personal data; the read is audited with where it was read from. */
  public CaseReviewDetail detail(String reference, String readVia) {
    CaseReview review = access.visible(reference);
    access.recordView(review, readVia);
    List<CaseInformationRequest> requests =
        em.createQuery(
                "SELECT r FROM CaseInformationRequest r WHERE r.caseReview = :review ORDER BY r.id",
                CaseInformationRequest.class)
            .setParameter("review", review)
            .getResultList();
    List<CaseRecommendation> recommendations =
        em.createQuery(
                "SELECT r FROM CaseRecommendation r WHERE r.caseReview = :review ORDER BY r.seq",
                CaseRecommendation.class)
            .setParameter("review", review)
            .getResultList();
    List<Long> itemIds = new ArrayList<>();
    requests.forEach(request -> itemIds.add(request.getWorkItemId()));
    recommendations.forEach(recommendation -> itemIds.add(recommendation.getWorkItemId()));
    Map<Long, ItemProgress> progress = workItems.progressOf(itemIds);
    return CaseReviewDetail.of(
        review,
        threshold(review),
        requests.stream()
            .map(r -> InformationRequestLine.of(r, progress.get(r.getWorkItemId())))
            .toList(),
        recommendations.stream()
            .map(r -> RecommendationLine.of(r, progress.get(r.getWorkItemId())))
            .toList(),
        em.createQuery(
                "SELECT NEW org.saferpartnerships.casereview.letters.LetterLine(l.id, l.kind, l.language,"
                    + " l.fileName, l.createdAt, l.createdBy) FROM CaseLetter l"
                    + " WHERE l.caseReview = :review ORDER BY l.id",
                LetterLine.class)
            .setParameter("review", review)
            .getResultList());
  }

  /** A letter of a case the caller may see; the read is audited. */
  public LetterFile letter(String reference, long letterId) {
    CaseReview review = access.visible(reference);
    List<LetterFile> found =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.casereview.letters.LetterFile(l.fileName,"
                    + " l.content) FROM CaseLetter l WHERE l.id = :id AND l.caseReview = :review",
                LetterFile.class)
            .setParameter("id", letterId)
            .setParameter("review", review)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("notFound.letter");
    }
    access.recordView(review, "letter " + letterId);
    return found.get(0);
  }

  /**
   * The threshold as computed now, with each complaint's verdict. It names the reporters and where
   * they live, so reading it is audited as a view of the case.
   */
  public ThresholdView threshold(String reference) {
    CaseReview review = access.visible(reference);
    access.recordView(review, "threshold");
    return threshold(review);
  }

  public ThresholdView threshold(CaseReview review) {
    List<CaseComplaint> complaints =
        em.createQuery(
                "SELECT k FROM CaseComplaint k WHERE k.caseReview = :review"
                    + " ORDER BY k.reportedOn, k.id",
                CaseComplaint.class)
            .setParameter("review", review)
            .getResultList();
    ThresholdRule rule = review.getThresholdRule();
    ThresholdEvaluation evaluation =
        ThresholdEngine.evaluate(
            rule.terms(),
            review.getReceivedOn(),
            complaints.stream().map(CaseComplaint::facts).toList());
    Map<Long, ComplaintVerdict> verdicts = new HashMap<>();
    evaluation.verdicts().forEach(verdict -> verdicts.put(verdict.key(), verdict));
    return new ThresholdView(
        review.getReference(),
        rule.getId(),
        rule.getValidFrom(),
        rule.getCsp() == null,
        evaluation.terms(),
        evaluation.receivedOn(),
        evaluation.windowStart(),
        evaluation.qualifying(),
        evaluation.met(),
        evaluation.route(),
        evaluation.location(),
        evaluation.shortBy(),
        complaints.stream()
            .map(complaint -> ComplaintLine.of(complaint, verdicts.get(complaint.getId())))
            .toList());
  }
}
