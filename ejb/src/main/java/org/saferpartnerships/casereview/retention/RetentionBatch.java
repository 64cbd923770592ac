package org.saferpartnerships.casereview.retention;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.victims.AsbVictim;
import org.saferpartnerships.casereview.victims.VictimLogService;
import org.saferpartnerships.platform.persistence.SqlValues;
import org.saferpartnerships.workflow.items.WorkItemRedaction;

/**
 * One batch of the retention job, in its own transaction: claims closed cases past the shortest
 * retention with {@code FOR UPDATE SKIP LOCKED} (safe with several instances), and anonymises those
 * past their own CSP's: the case's personal fields, its complaints' references, reporters,
 * locations and summaries, its recommendations' texts and responses, its risk assessments' notes,
 * what its work items carried to the bodies (details, reasons, attachments), and its letters
 * (deleted, with the e-mails that carried them). Logged victims who never applied go the same way
 * once their last report is as old. The dates, outcomes and counts stay, so the statutory figures
 * do not change. Each anonymisation is in the audit log.
 */
@Stateless
public class RetentionBatch {

  static final int SIZE = 200;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private AuditLog audit;

  @EJB private WorkItemRedaction workItems;

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

  /**
   * Claims logged victims (reports before any application) whose last report, and their logging,
   * are older than the shortest retention, and anonymises those past their own CSP's: the name, the
   * contact details and the agencies' references go; the dates stay.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Progress anonymiseVictims(int limit, long afterId) {
    Map<Long, Integer> years = RetentionRules.load(em);
    int shortest = Collections.min(years.values());
    LocalDate today = LocalDate.now(clock);
    LocalDate cutoff = today.minusYears(shortest);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT v.id, v.csp_id, v.created_at,"
                    + " (SELECT MAX(r.reported_on) FROM asb_victim_report r WHERE r.victim_id = v.id)"
                    + " FROM asb_victim v WHERE v.name IS NOT NULL AND v.created_at < ? AND v.id > ?"
                    + " AND NOT EXISTS (SELECT 1 FROM asb_victim_report r"
                    + " WHERE r.victim_id = v.id AND r.reported_on > ?)"
                    + " ORDER BY v.id LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, cutoff.plusDays(1).atStartOfDay())
            .setParameter(2, afterId)
            .setParameter(3, cutoff)
            .setParameter(4, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return new Progress(0, 0, afterId);
    }
    int done = 0;
    long last = afterId;
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      last = id;
      long csp = ((Number) row[1]).longValue();
      LocalDate logged = SqlValues.day(row[2]);
      LocalDate lastReport = row[3] == null ? logged : SqlValues.day(row[3]);
      LocalDate lastActivity = lastReport.isAfter(logged) ? lastReport : logged;
      int keep = years.getOrDefault(csp, years.get(null));
      if (!lastActivity.isAfter(today.minusYears(keep))) {
        AsbVictim victim = em.find(AsbVictim.class, id);
        victim.anonymise();
        em.createNativeQuery(
                "UPDATE asb_victim_report SET agency_reference = NULL WHERE victim_id = ?")
            .setParameter(1, id)
            .executeUpdate();
        audit.record(
            AuditLog.SYSTEM,
            AuditAction.ANONYMISE,
            VictimLogService.SUBJECT,
            String.valueOf(id),
            csp,
            "retention");
        done++;
      }
    }
    em.flush();
    return new Progress(rows.size(), done, last);
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
    em.createQuery("UPDATE CaseRiskAssessment a SET a.note = NULL WHERE a.caseReview = :review")
        .setParameter("review", review)
        .executeUpdate();
    // what the bodies were asked and answered went through their queues as work items
    List<Long> items = new ArrayList<>();
    items.addAll(
        em.createQuery(
                "SELECT r.workItemId FROM CaseInformationRequest r WHERE r.caseReview = :review",
                Long.class)
            .setParameter("review", review)
            .getResultList());
    items.addAll(
        em.createQuery(
                "SELECT r.workItemId FROM CaseRecommendation r WHERE r.caseReview = :review",
                Long.class)
            .setParameter("review", review)
            .getResultList());
    if (review.getEscalation().getEscalationItemId() != null) {
      items.add(review.getEscalation().getEscalationItemId());
    }
    workItems.redact(items);
    audit.record(
        AuditLog.SYSTEM,
        AuditAction.ANONYMISE,
        CaseReviewService.SUBJECT,
        review.getReference(),
        review.getCsp().getId(),
        "retention");
  }
}
