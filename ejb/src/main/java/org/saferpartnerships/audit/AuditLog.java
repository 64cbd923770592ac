package org.saferpartnerships.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Appends to the audit log in the caller's transaction, so a change and its record commit or fail
 * together, and a view is logged exactly when its data was read. Appending locks the chain's head
 * row: appends from any instance take turns, and the chain stays a single line. Each row is signed
 * with the current key of {@link AuditKeys}; the first append after the log became keyed re-signs
 * the rows written before, once their plain chain is found intact.
 */
@Stateless
@PermitAll
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  private static final int PAGE = 1000;

  /** The actor of an application made through the public form. */
  public static final String PUBLIC = "public";

  /** The actor of scheduled work (the retention job). */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private AuditKeys keys;

  public void record(
      String actor,
      AuditAction action,
      String subjectType,
      String subjectRef,
      Long cspId,
      String detail) {
    Objects.requireNonNull(actor, "actor");
    AuditKey key = keys.current();
    AuditHead head = em.find(AuditHead.class, AuditHead.ONLY, LockModeType.PESSIMISTIC_WRITE);
    if (!head.isKeyed()) {
      head = resignLegacy(head, key);
    }
    AuditEvent event =
        new AuditEvent(
            key,
            head.getLastHash(),
            clock.instant(),
            actor,
            action,
            subjectType,
            subjectRef,
            cspId,
            detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
    em.persist(event);
    em.flush();
    head.moveTo(event.getId(), event.getHash(), key);
  }

  /**
   * Signs the rows written before the log was keyed, in order, if their plain SHA-256 chain is
   * intact; otherwise leaves them as they are (the verifier reports the first of them) and starts
   * the keyed chain after them.
   */
  private AuditHead resignLegacy(AuditHead head, AuditKey key) {
    String previousLegacy = AuditChain.GENESIS;
    String previousKeyed = AuditChain.GENESIS;
    long lastId = 0;
    boolean intact = true;
    List<AuditEvent> page;
    do {
      page =
          em.createQuery(
                  "SELECT e FROM AuditEvent e WHERE e.id > :after AND e.keyId IS NULL ORDER BY e.id",
                  AuditEvent.class)
              .setParameter("after", lastId)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEvent event : page) {
        if (!event.getPreviousHash().equals(previousLegacy)
            || !event.legacyHash(previousLegacy).equals(event.getHash())) {
          intact = false;
          break;
        }
        previousLegacy = event.getHash();
        lastId = event.getId();
      }
    } while (intact && page.size() == PAGE);
    if (!intact || lastId != head.getLastId()) {
      LOG.severe(
          "The audit log written before it was keyed is not intact: its rows are left unsigned"
              + " and the verifier reports them");
      head.moveTo(head.getLastId(), head.getLastHash(), key);
      return head;
    }
    lastId = 0;
    do {
      page =
          em.createQuery(
                  "SELECT e FROM AuditEvent e WHERE e.id > :after ORDER BY e.id", AuditEvent.class)
              .setParameter("after", lastId)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEvent event : page) {
        String signed = event.expectedHash(key, previousKeyed);
        em.createNativeQuery(
                "UPDATE audit_event SET prev_hash = ?, hash = ?, key_id = ? WHERE id = ?")
            .setParameter(1, previousKeyed)
            .setParameter(2, signed)
            .setParameter(3, key.id())
            .setParameter(4, event.getId())
            .executeUpdate();
        previousKeyed = signed;
        lastId = event.getId();
      }
      em.clear();
    } while (page.size() == PAGE);
    AuditHead locked = em.find(AuditHead.class, AuditHead.ONLY, LockModeType.PESSIMISTIC_WRITE);
    locked.moveTo(lastId, previousKeyed, key);
    LOG.info("The audit log written before it was keyed is intact and now signed");
    return locked;
  }
}
