package org.saferpartnerships.casereview.letters;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.platform.mail.MailSender;

/**
 * The applicant outbox's database side, each method its own short transaction: claim pending
 * messages with a lease (rows another instance holds are skipped), then record the outcome; the
 * sending happens in between, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CaseMessageRows {

  static final Duration LEASE = Duration.ofMinutes(5);
  static final int MAX_ATTEMPTS = 5;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  public List<Long> claim(int limit) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM case_message WHERE state = 'PENDING'"
                    + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY id LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    if (!claimed.isEmpty()) {
      em.createQuery(
              "UPDATE CaseMessage m SET m.leaseUntil = :until, m.attempts = m.attempts + 1"
                  + " WHERE m.id IN :ids")
          .setParameter("until", now.plus(LEASE))
          .setParameter("ids", claimed)
          .executeUpdate();
    }
    return claimed;
  }

  public Optional<OutgoingCaseMessage> message(long id) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.casereview.letters.OutgoingCaseMessage(m.id, m.kind,"
                + " m.language, m.toAddress, c.reference, a.name, a.nameCy, m.letterId)"
                + " FROM CaseMessage m JOIN m.caseReview c JOIN c.csp a WHERE m.id = :id",
            OutgoingCaseMessage.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** A letter's file, to attach: its name and bytes. */
  public Optional<MailSender.Attachment> letter(long letterId) {
    return em.createQuery(
            "SELECT l.fileName, l.content FROM CaseLetter l WHERE l.id = :id", Object[].class)
        .setParameter("id", letterId)
        .getResultStream()
        .findFirst()
        .map(row -> new MailSender.Attachment((String) row[0], "application/pdf", (byte[]) row[1]));
  }

  public void sent(long id) {
    em.createQuery(
            "UPDATE CaseMessage m SET m.state = :state, m.sentAt = :now, m.leaseUntil = NULL,"
                + " m.lastError = NULL WHERE m.id = :id")
        .setParameter("state", CaseMessage.State.SENT)
        .setParameter("now", clock.instant())
        .setParameter("id", id)
        .executeUpdate();
  }

  /** A failed attempt: tried again when the lease runs out, given up after five attempts. */
  public void failed(long id, String error) {
    String message = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    em.createQuery(
            "UPDATE CaseMessage m SET m.lastError = :error, m.state = CASE WHEN m.attempts >= :max"
                + " THEN :failed ELSE m.state END WHERE m.id = :id")
        .setParameter("error", message)
        .setParameter("max", MAX_ATTEMPTS)
        .setParameter("failed", CaseMessage.State.FAILED)
        .setParameter("id", id)
        .executeUpdate();
  }
}
