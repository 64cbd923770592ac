package org.saferpartnerships.workflow.notify;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The rows of the daily summaries, each step in its own transaction: who has notices waiting, a
 * person's waiting notices claimed (one conditional UPDATE, so that two instances never both send
 * them), read, and put back to wait if the e-mail could not be sent.
 */
@Stateless
public class DigestRows {

  @PersistenceContext private EntityManager em;

  public List<Long> waiting(Instant before) {
    return em.createQuery(
            "SELECT DISTINCT n.userId FROM Notification n WHERE n.emailState = :digest"
                + " AND n.createdAt < :before",
            Long.class)
        .setParameter("digest", Notification.EmailState.DIGEST)
        .setParameter("before", before)
        .getResultList();
  }

  /** Marks the person's waiting notices sent at {@code at}; returns how many this call took. */
  public int claim(long userId, Instant before, Instant at) {
    return em.createQuery(
            "UPDATE Notification n SET n.emailState = :sent, n.sentAt = :at WHERE n.userId = :user"
                + " AND n.emailState = :digest AND n.createdAt < :before")
        .setParameter("sent", Notification.EmailState.SENT)
        .setParameter("at", at)
        .setParameter("user", userId)
        .setParameter("digest", Notification.EmailState.DIGEST)
        .setParameter("before", before)
        .executeUpdate();
  }

  /** The notices claimed at {@code at}, as their e-mails would say them. */
  public List<OutgoingMail> claimed(long userId, Instant at) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.workflow.notify.OutgoingMail(n.id, n.kind, a.email,"
                + " a.displayName, a.preferredLanguage, w.id, w.itemType, c.gssCode, c.name, c.nameCy,"
                + " w.dueOn, w.queue, n.detail) FROM Notification n, Account a, WorkItem w JOIN w.csp c"
                + " WHERE n.userId = :user AND n.sentAt = :at AND n.emailState = :sent"
                + " AND a.id = n.userId AND w.id = n.workItemId ORDER BY n.id",
            OutgoingMail.class)
        .setParameter("user", userId)
        .setParameter("at", at)
        .setParameter("sent", Notification.EmailState.SENT)
        .getResultList();
  }

  /** Puts notices claimed at {@code at} back to wait for the next try. */
  public void release(long userId, Instant at) {
    em.createQuery(
            "UPDATE Notification n SET n.emailState = :digest, n.sentAt = NULL"
                + " WHERE n.userId = :user AND n.sentAt = :at AND n.emailState = :sent")
        .setParameter("digest", Notification.EmailState.DIGEST)
        .setParameter("user", userId)
        .setParameter("at", at)
        .setParameter("sent", Notification.EmailState.SENT)
        .executeUpdate();
  }
}
