package org.saferpartnerships.account.sessions;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;

/**
 * The signed-in sessions of every account, in the database so that every node sees the same:
 * started at sign-in, checked (and its last use noted, at most once a minute) on each request,
 * ended at sign-out, by its owner from another session, or by an administrator. A session unused
 * for 30 minutes has ended with the servlet session and is no longer listed.
 */
@Stateless
@PermitAll
public class SessionRegistry {

  /** The servlet session's idle limit (web.xml): a session not seen for longer is gone. */
  static final Duration IDLE = Duration.ofMinutes(30);

  /** How stale the noted last use may be before a request notes it again. */
  public static final Duration TOUCH = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private AccountService accounts;

  @EJB private AuditLog audit;

  /** Records a new session of the account; returns its public id. */
  public String start(String username, String userAgent, String address) {
    Account account = accounts.find(username).orElseThrow();
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    em.persist(new UserSession(id, account.getId(), clock.instant(), userAgent, address));
    return id;
  }

  /**
   * Whether the session may still be used; notes its use when {@code touch}. One indexed read, or
   * at most once a minute per session one write instead.
   */
  public boolean active(String id, boolean touch) {
    Instant now = clock.instant();
    if (touch) {
      // the row is updated only while the session is open: the count answers the question
      return em.createQuery(
                  "UPDATE UserSession s SET s.lastSeenAt = :now WHERE s.publicId = :id"
                      + " AND s.endedAt IS NULL")
              .setParameter("now", now)
              .setParameter("id", id)
              .executeUpdate()
          > 0;
    }
    return !em.createQuery(
            "SELECT s.id FROM UserSession s WHERE s.publicId = :id AND s.endedAt IS NULL",
            Long.class)
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  /** Ends the session (signing out). */
  public void end(String id, String by) {
    em.createQuery(
            "UPDATE UserSession s SET s.endedAt = :now, s.endedBy = :by WHERE s.publicId = :id"
                + " AND s.endedAt IS NULL")
        .setParameter("now", clock.instant())
        .setParameter("by", by)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** The account's sessions in use, newest first; {@code current} is the caller's own, if any. */
  public List<SessionView> of(String username, String current) {
    Account account = accounts.find(username).orElseThrow();
    return em.createQuery(
            "SELECT s FROM UserSession s WHERE s.userId = :user AND s.endedAt IS NULL"
                + " AND s.lastSeenAt > :since ORDER BY s.lastSeenAt DESC",
            UserSession.class)
        .setParameter("user", account.getId())
        .setParameter("since", clock.instant().minus(IDLE))
        .setMaxResults(50)
        .getResultStream()
        .map(
            s ->
                new SessionView(
                    s.getPublicId(),
                    s.getStartedAt(),
                    s.getLastSeenAt(),
                    Browsers.describe(s.getUserAgent()),
                    s.getAddress(),
                    s.getPublicId().equals(current)))
        .toList();
  }

  /** Ends every session of the account but {@code keep} (null: all), audited; returns how many. */
  public int endOthers(String username, String keep, String by) {
    int ended = endQuietly(username, keep, by);
    audit.record(
        by,
        AuditAction.UPDATE,
        AccountSelfService.SUBJECT,
        accounts.find(username).orElseThrow().getUsername(),
        null,
        ended + (keep == null ? " sessions ended" : " other sessions ended"));
    return ended;
  }

  /**
   * Ends every session of the account but {@code keep}, for a caller that audits the change it is
   * part of (an administrator disabling the account, say).
   */
  public int endQuietly(String username, String keep, String by) {
    Account account = accounts.find(username).orElseThrow();
    return em.createQuery(
            "UPDATE UserSession s SET s.endedAt = :now, s.endedBy = :by WHERE s.userId = :user"
                + " AND s.endedAt IS NULL AND s.publicId <> :keep")
        .setParameter("now", clock.instant())
        .setParameter("by", by)
        .setParameter("user", account.getId())
        .setParameter("keep", keep == null ? "" : keep)
        .executeUpdate();
  }
}
