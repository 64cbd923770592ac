package org.saferpartnerships.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Objects;

/**
 * Appends to the audit log in the caller's transaction, so a change and its record commit or fail
 * together, and a view is logged exactly when its data was read. Appending locks the chain's head
 * row: appends from any instance take turns, and the chain stays a single line.
 */
@Stateless
@PermitAll
public class AuditLog {

  /** The actor of an application made through the public form. */
  public static final String PUBLIC = "public";

  /** The actor of scheduled work (the retention job). */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  public void record(
      String actor,
      AuditAction action,
      String subjectType,
      String subjectRef,
      Long cspId,
      String detail) {
    Objects.requireNonNull(actor, "actor");
    AuditHead head = em.find(AuditHead.class, AuditHead.ONLY, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent event =
        new AuditEvent(
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
    head.moveTo(event);
  }
}
