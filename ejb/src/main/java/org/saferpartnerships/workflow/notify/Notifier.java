package org.saferpartnerships.workflow.notify;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.platform.persistence.BulkInsert;
import org.saferpartnerships.workflow.items.WorkItem;

/**
 * Writes notifications in the caller's transaction, so a notice exists exactly when the change it
 * announces was committed. Who is told: the assignee if the item has one, else everyone acting for
 * the organisation that now holds it. The e-mail leaves later, through the outbox.
 *
 * <p>Notices are written in sets: the scheduler tells the holders of a whole batch of items at
 * once, with one query for the recipients of all their organisations and one for the notices
 * already sent, whatever the size of the batch.
 */
@Stateless
public class Notifier {

  /** One notice to send: about which item, of which kind, to whom. */
  public record Notice(
      WorkItem item,
      NotificationKind kind,
      String dedupeKey,
      String detail,
      Long userId,
      Long organisationId) {

    /** To the people holding the item now: its assignee, else its organisation. */
    public static Notice toHolders(
        WorkItem item, NotificationKind kind, String dedupeKey, String detail) {
      return item.getAssignee() != null
          ? toUser(item.getAssignee().getId(), item, kind, dedupeKey, detail)
          : toOrganisation(item.getOrganisation().getId(), item, kind, dedupeKey, detail);
    }

    public static Notice toUser(
        long userId, WorkItem item, NotificationKind kind, String dedupeKey, String detail) {
      return new Notice(item, kind, dedupeKey, detail, userId, null);
    }

    public static Notice toOrganisation(
        long organisationId,
        WorkItem item,
        NotificationKind kind,
        String dedupeKey,
        String detail) {
      return new Notice(item, kind, dedupeKey, detail, null, organisationId);
    }
  }

  @PersistenceContext private EntityManager em;

  /** Tells the people holding the item now; returns how many were told. */
  public int tellHolders(
      WorkItem item, NotificationKind kind, String dedupeKey, String detail, Instant at) {
    return send(List.of(Notice.toHolders(item, kind, dedupeKey, detail)), at);
  }

  public int tellOrganisation(
      long organisationId,
      WorkItem item,
      NotificationKind kind,
      String dedupeKey,
      String detail,
      Instant at) {
    return send(List.of(Notice.toOrganisation(organisationId, item, kind, dedupeKey, detail)), at);
  }

  public int tellUser(
      long userId,
      WorkItem item,
      NotificationKind kind,
      String dedupeKey,
      String detail,
      Instant at) {
    return send(List.of(Notice.toUser(userId, item, kind, dedupeKey, detail)), at);
  }

  /**
   * Writes every notice to its recipients, skipping any (user, key) pair already notified; returns
   * how many notifications were written. Three queries and one insert in a few hundred, whatever
   * the number of notices.
   */
  public int send(Collection<Notice> notices, Instant at) {
    if (notices.isEmpty()) {
      return 0;
    }
    Map<Long, List<Long>> members = membersOf(notices);
    Set<Long> users = new HashSet<>();
    members.values().forEach(users::addAll);
    notices.stream().map(Notice::userId).filter(id -> id != null).forEach(users::add);
    if (users.isEmpty()) {
      return 0;
    }
    Map<Long, Boolean> emailable = emailable(users);
    Map<String, Delivery> chosen = deliveries(users);
    Set<String> already = alreadyNotified(notices);
    BulkInsert rows = Notification.newRows();
    for (Notice notice : notices) {
      Collection<Long> recipients =
          notice.userId() != null
              ? List.of(notice.userId())
              : members.getOrDefault(notice.organisationId(), List.of());
      for (Long userId : recipients) {
        if (!emailable.containsKey(userId) || !already.add(userId + " " + notice.dedupeKey())) {
          continue;
        }
        Notification.addRow(
            rows,
            userId,
            notice.item().getId(),
            notice.kind(),
            notice.dedupeKey(),
            notice.detail(),
            emailState(emailable.get(userId), chosen.get(userId + " " + notice.kind())),
            at);
      }
    }
    return rows.executeIn(em);
  }

  /** The enabled accounts acting for each organisation the notices go to. */
  private Map<Long, List<Long>> membersOf(Collection<Notice> notices) {
    Set<Long> organisations = new LinkedHashSet<>();
    notices.stream()
        .map(Notice::organisationId)
        .filter(id -> id != null)
        .forEach(organisations::add);
    Map<Long, List<Long>> members = new HashMap<>();
    if (organisations.isEmpty()) {
      return members;
    }
    em.createQuery(
            "SELECT o.id, a.id FROM Account a JOIN a.organisations o"
                + " WHERE o.id IN :orgs AND a.enabled = TRUE",
            Object[].class)
        .setParameter("orgs", organisations)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .forEach(
            row ->
                members
                    .computeIfAbsent((Long) row[0], org -> new ArrayList<>())
                    .add((Long) row[1]));
    return members;
  }

  /** The e-mail of a notice: none without an address, else as the recipient chose. */
  static Notification.EmailState emailState(boolean address, Delivery delivery) {
    if (!address || delivery == Delivery.NONE) {
      return Notification.EmailState.NONE;
    }
    return delivery == Delivery.DIGEST
        ? Notification.EmailState.DIGEST
        : Notification.EmailState.PENDING;
  }

  /** Each recipient's choices other than the default, as "user kind" keys. */
  private Map<String, Delivery> deliveries(Set<Long> users) {
    Map<String, Delivery> chosen = new HashMap<>();
    em.createQuery(
            "SELECT p FROM NotificationPreference p WHERE p.userId IN :users",
            NotificationPreference.class)
        .setParameter("users", users)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .forEach(p -> chosen.put(p.getUserId() + " " + p.getKind(), p.getDelivery()));
    return chosen;
  }

  /** Whether each account has an e-mail address to send to (absent: no such account). */
  private Map<Long, Boolean> emailable(Set<Long> users) {
    Map<Long, Boolean> emailable = new HashMap<>();
    em.createQuery("SELECT a.id, a.email FROM Account a WHERE a.id IN :users", Object[].class)
        .setParameter("users", users)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .forEach(
            row -> emailable.put((Long) row[0], row[1] != null && !((String) row[1]).isBlank()));
    return emailable;
  }

  /**
   * The (user, key) pairs already notified for the notices' items, as "user key" strings. The
   * notices of one call are about items whose earlier notices were committed, so the query need not
   * flush this transaction's pending changes first.
   */
  private Set<String> alreadyNotified(Collection<Notice> notices) {
    Set<Long> items = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (Notice notice : notices) {
      items.add(notice.item().getId());
      keys.add(notice.dedupeKey());
    }
    Set<String> already = new HashSet<>();
    em.createQuery(
            "SELECT n.userId, n.dedupeKey FROM Notification n"
                + " WHERE n.workItemId IN :items AND n.dedupeKey IN :keys",
            Object[].class)
        .setParameter("items", items)
        .setParameter("keys", keys)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .forEach(row -> already.add(row[0] + " " + row[1]));
    return already;
  }
}
