package org.saferpartnerships.workflow;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Writes notifications in the caller's transaction, so a notice exists exactly when the change it
 * announces was committed. Who is told: the assignee if the item has one, else everyone acting for
 * the organisation that now holds it. The e-mail leaves later, through the outbox.
 */
@Stateless
public class Notifier {

  @PersistenceContext private EntityManager em;

  /** Tells the people holding the item now; returns how many were told. */
  public int tellHolders(
      WorkItem item, NotificationKind kind, String dedupeKey, String detail, Instant at) {
    if (item.getAssignee() != null) {
      return tell(List.of(item.getAssignee().getId()), item, kind, dedupeKey, detail, at);
    }
    return tellOrganisation(item.getOrganisation().getId(), item, kind, dedupeKey, detail, at);
  }

  public int tellOrganisation(
      long organisationId,
      WorkItem item,
      NotificationKind kind,
      String dedupeKey,
      String detail,
      Instant at) {
    List<Long> users =
        em.createQuery(
                "SELECT a.id FROM Account a JOIN a.organisations o WHERE o.id = :org AND a.enabled = TRUE",
                Long.class)
            .setParameter("org", organisationId)
            .getResultList();
    return tell(users, item, kind, dedupeKey, detail, at);
  }

  public int tellUser(
      long userId,
      WorkItem item,
      NotificationKind kind,
      String dedupeKey,
      String detail,
      Instant at) {
    return tell(List.of(userId), item, kind, dedupeKey, detail, at);
  }

  private int tell(
      List<Long> users,
      WorkItem item,
      NotificationKind kind,
      String dedupeKey,
      String detail,
      Instant at) {
    if (users.isEmpty()) {
      return 0;
    }
    List<Long> already =
        em.createQuery(
                "SELECT n.userId FROM Notification n WHERE n.dedupeKey = :key AND n.userId IN :users",
                Long.class)
            .setParameter("key", dedupeKey)
            .setParameter("users", users)
            .getResultList();
    List<Object[]> recipients =
        em.createQuery("SELECT a.id, a.email FROM Account a WHERE a.id IN :users", Object[].class)
            .setParameter("users", users)
            .getResultList();
    int told = 0;
    for (Object[] recipient : recipients) {
      long userId = (Long) recipient[0];
      if (already.contains(userId)) {
        continue;
      }
      boolean email = recipient[1] != null && !((String) recipient[1]).isBlank();
      em.persist(new Notification(userId, item.getId(), kind, dedupeKey, detail, email, at));
      told++;
    }
    return told;
  }
}
