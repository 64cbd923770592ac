package org.saferpartnerships.platform.mail;

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

/**
 * The outbox's database side, each method its own short transaction: claim pending rows with a
 * lease (rows locked by another instance are skipped; a lease that expires because its holder died
 * puts the row back), then record the outcome. Sending happens between the two, outside any
 * transaction, so a slow SMTP server never holds a database lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

  /** How long a claimed row is held before another instance may take it. */
  public static final Duration LEASE = Duration.ofMinutes(5);

  /** Attempts before a message is given up on. */
  public static final int MAX_ATTEMPTS = 5;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** Up to {@code limit} pending rows no one holds, now leased to this instance. */
  public List<Long> claim(OutboxTable outbox, int limit) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM "
                    + outbox.table()
                    + " WHERE "
                    + outbox.stateColumn()
                    + " = 'PENDING' AND (lease_until IS NULL OR lease_until < ?) ORDER BY id LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    if (!claimed.isEmpty()) {
      String attempts = "m." + outbox.attemptsField();
      em.createQuery(
              "UPDATE "
                  + outbox.entity()
                  + " m SET m.leaseUntil = :until, "
                  + attempts
                  + " = "
                  + attempts
                  + " + 1 WHERE m.id IN :ids")
          .setParameter("until", now.plus(LEASE))
          .setParameter("ids", claimed)
          .executeUpdate();
    }
    return claimed;
  }

  /** The server took the message. */
  public void sent(OutboxTable outbox, long id) {
    em.createQuery(
            "UPDATE "
                + outbox.entity()
                + " m SET m."
                + outbox.stateField()
                + " = :state, m.sentAt = :now, m.leaseUntil = NULL, m.lastError = NULL"
                + " WHERE m.id = :id")
        .setParameter("state", outbox.sent())
        .setParameter("now", clock.instant())
        .setParameter("id", id)
        .executeUpdate();
  }

  /** A failed attempt: tried again when the lease runs out, given up after five attempts. */
  public void failed(OutboxTable outbox, long id, String error) {
    String message = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    String state = "m." + outbox.stateField();
    em.createQuery(
            "UPDATE "
                + outbox.entity()
                + " m SET m.lastError = :error, "
                + state
                + " = CASE WHEN m."
                + outbox.attemptsField()
                + " >= :max THEN :failed ELSE "
                + state
                + " END WHERE m.id = :id")
        .setParameter("error", message)
        .setParameter("max", MAX_ATTEMPTS)
        .setParameter("failed", outbox.failed())
        .setParameter("id", id)
        .executeUpdate();
  }
}
