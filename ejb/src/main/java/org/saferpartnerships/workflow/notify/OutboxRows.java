package org.saferpartnerships.workflow.notify;

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

/**
 * The outbox's database side, each method its own short transaction: claim pending e-mails with a
 * lease (rows locked by another instance are skipped; a lease that expires because its holder died
 * puts the row back), then record the outcome. Sending happens between the two, outside any
 * transaction, so a slow SMTP server never holds a database lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

  static final Duration LEASE = Duration.ofMinutes(5);
  static final int MAX_ATTEMPTS = 5;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  public List<Long> claim(int limit) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM notification WHERE email_state = 'PENDING'"
                    + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY id LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    if (!claimed.isEmpty()) {
      em.createQuery(
              "UPDATE Notification n SET n.leaseUntil = :until, n.emailAttempts = n.emailAttempts + 1"
                  + " WHERE n.id IN :ids")
          .setParameter("until", now.plus(LEASE))
          .setParameter("ids", claimed)
          .executeUpdate();
    }
    return claimed;
  }

  /** Everything the e-mail of a notification needs, read in one query. */
  public Optional<OutgoingMail> mail(long notificationId) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.workflow.notify.OutgoingMail(n.id, n.kind, a.email,"
                + " a.displayName, a.preferredLanguage, w.id, w.itemType, c.gssCode, c.name, c.nameCy,"
                + " w.dueOn, w.queue, n.detail) FROM Notification n, Account a, WorkItem w JOIN w.csp c"
                + " WHERE n.id = :id AND a.id = n.userId AND w.id = n.workItemId",
            OutgoingMail.class)
        .setParameter("id", notificationId)
        .getResultStream()
        .findFirst();
  }

  public void sent(long notificationId) {
    em.createQuery(
            "UPDATE Notification n SET n.emailState = :state, n.sentAt = :now, n.leaseUntil = NULL,"
                + " n.lastError = NULL WHERE n.id = :id")
        .setParameter("state", Notification.EmailState.SENT)
        .setParameter("now", clock.instant())
        .setParameter("id", notificationId)
        .executeUpdate();
  }

  /** A failed attempt: tried again when the lease runs out, given up after five attempts. */
  public void failed(long notificationId, String error) {
    String message = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    em.createQuery(
            "UPDATE Notification n SET n.lastError = :error, n.emailState = CASE WHEN n.emailAttempts >= :max"
                + " THEN :failed ELSE n.emailState END WHERE n.id = :id")
        .setParameter("error", message)
        .setParameter("max", MAX_ATTEMPTS)
        .setParameter("failed", Notification.EmailState.FAILED)
        .setParameter("id", notificationId)
        .executeUpdate();
  }
}
