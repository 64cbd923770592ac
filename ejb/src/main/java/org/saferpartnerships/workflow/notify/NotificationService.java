package org.saferpartnerships.workflow.notify;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * The caller's own notifications: how many are unread (the inbox badge), the list, marking read.
 */
@Stateless
public class NotificationService {

  private static final String MINE =
      " FROM Notification n, Account a WHERE a.id = n.userId AND a.username = :me";

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  public long unread() {
    if (caller.username() == null) {
      return 0;
    }
    return em.createQuery("SELECT COUNT(n)" + MINE + " AND n.readAt IS NULL", Long.class)
        .setParameter("me", caller.username())
        .getSingleResult();
  }

  public Page<NotificationSummary> mine(PageRequest page) {
    String me = caller.username();
    var items =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.workflow.notify.NotificationSummary(n.id, n.kind,"
                    + " n.workItemId, n.detail, n.createdAt, CASE WHEN n.readAt IS NULL THEN FALSE ELSE TRUE END)"
                    + MINE
                    + " ORDER BY n.id DESC",
                NotificationSummary.class)
            .setParameter("me", me)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(n)" + MINE, Long.class)
            .setParameter("me", me)
            .getSingleResult();
    return new Page<>(items, total);
  }

  /** Marks every unread notice of the caller as read; returns how many. */
  public int markAllRead() {
    // The caller's id first: an UPDATE with a subquery makes EclipseLink's MySQL platform write a
    // multi-table UPDATE through a temporary table, which H2 cannot run.
    List<Long> me =
        em.createQuery("SELECT a.id FROM Account a WHERE a.username = :me", Long.class)
            .setParameter("me", caller.username())
            .getResultList();
    if (me.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.readAt IS NULL AND n.userId = :id")
        .setParameter("now", clock.instant())
        .setParameter("id", me.get(0))
        .executeUpdate();
  }
}
