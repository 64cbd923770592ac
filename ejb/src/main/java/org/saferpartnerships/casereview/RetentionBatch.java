package org.saferpartnerships.casereview;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;

/**
 * One batch of the retention job, in its own transaction: claims closed cases past the shortest
 * retention with {@code FOR UPDATE SKIP LOCKED} (safe with several instances), and anonymises those
 * past their own CSP's: the case's personal fields, its complaints' references, reporters,
 * locations and summaries, its recommendations' texts and responses, and its letters (deleted, with
 * the e-mails that carried them). The dates, outcomes and counts stay, so the statutory figures do
 * not change. Each anonymisation is in the audit log.
 */
@Stateless
public class RetentionBatch {

  static final int SIZE = 200;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private AuditLog audit;

  /** How far one batch got: rows claimed, cases anonymised, and the last id claimed. */
  public record Progress(int claimed, int anonymised, long lastId) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Progress anonymise(int limit, long afterId) {
    Map<Long, Integer> years = RetentionRules.load(em);
    int shortest = Collections.min(years.values());
    LocalDate today = LocalDate.now(clock);
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM case_review WHERE closed_on IS NOT NULL AND anonymised_at IS NULL"
                    + " AND closed_on <= ? AND id > ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, today.minusYears(shortest))
            .setParameter(2, afterId)
            .setParameter(3, limit)
            .getResultList();
    if (ids.isEmpty()) {
      return new Progress(0, 0, afterId);
    }
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    List<CaseReview> cases =
        em.createQuery("SELECT c FROM CaseReview c WHERE c.id IN :ids", CaseReview.class)
            .setParameter("ids", claimed)
            .getResultList();
    Instant now = clock.instant();
    int done = 0;
    for (CaseReview review : cases) {
      int keep = years.getOrDefault(review.getCsp().getId(), years.get(null));
      if (!review.getClosedOn().isAfter(today.minusYears(keep))) {
        anonymise(review, now);
        done++;
      }
    }
    em.flush();
    return new Progress(claimed.size(), done, claimed.get(claimed.size() - 1));
  }

  private void anonymise(CaseReview review, Instant now) {
    review.anonymise(now);
    em.createQuery(
            "UPDATE CaseComplaint k SET k.agencyReference = NULL, k.reporter = NULL,"
                + " k.location = NULL, k.summary = NULL WHERE k.caseReview = :review")
        .setParameter("review", review)
        .executeUpdate();
    em.createQuery(
            "UPDATE CaseRecommendation r SET r.text = :removed, r.responseText = NULL"
                + " WHERE r.caseReview = :review")
        .setParameter("removed", "-")
        .setParameter("review", review)
        .executeUpdate();
    em.createQuery(
            "UPDATE CaseMessage m SET m.toAddress = NULL, m.letterId = NULL"
                + " WHERE m.caseReview = :review")
        .setParameter("review", review)
        .executeUpdate();
    em.createQuery("DELETE FROM CaseLetter l WHERE l.caseReview = :review")
        .setParameter("review", review)
        .executeUpdate();
    audit.record(
        AuditLog.SYSTEM,
        AuditAction.ANONYMISE,
        CaseReviewService.SUBJECT,
        review.getReference(),
        review.getCsp().getId(),
        "retention");
  }
}
