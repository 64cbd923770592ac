package org.saferpartnerships.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.identity.Role;

/**
 * Walks the audit log from its first row, recomputing each row's MAC with the key it names: a
 * changed row fails its own MAC, a deleted or inserted row breaks the link of the row after it (an
 * inserted row cannot be given a MAC without the key), and a deleted tail leaves the head naming a
 * row that is no longer the last (the head's own MAC keeps it from being moved back). Reports the
 * first broken row. Reads in pages by id, so the log's size does not matter.
 */
@Stateless
@RolesAllowed({Role.Names.DATA_PROTECTION_OFFICER, Role.Names.ADMIN})
public class AuditVerifier {

  private static final int PAGE = 1000;

  @PersistenceContext private EntityManager em;

  @Inject private AuditKeys keys;

  public AuditCheck verify() {
    String previous = AuditChain.GENESIS;
    long lastId = 0;
    long rows = 0;
    while (true) {
      List<AuditEvent> page =
          em.createQuery(
                  "SELECT e FROM AuditEvent e WHERE e.id > :after ORDER BY e.id", AuditEvent.class)
              .setParameter("after", lastId)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEvent event : page) {
        rows++;
        Optional<AuditKey> key = keys.byId(event.getKeyId());
        if (event.getKeyId() == null) {
          return new AuditCheck(
              rows,
              false,
              event.getId(),
              "the row is not signed: it was written before the log"
                  + " was keyed, when the chain was already broken");
        }
        if (key.isEmpty()) {
          return new AuditCheck(
              rows,
              false,
              event.getId(),
              "the row names a key this server does not hold ('"
                  + event.getKeyId()
                  + "'): it was forged, or SP_AUDIT_PREVIOUS_KEYS lacks it");
        }
        if (!event.getPreviousHash().equals(previous)) {
          return new AuditCheck(
              rows, false, event.getId(), "the row before it was changed, deleted or inserted");
        }
        if (!event.expectedHash(key.get(), previous).equals(event.getHash())) {
          return new AuditCheck(rows, false, event.getId(), "the row was changed");
        }
        previous = event.getHash();
        lastId = event.getId();
      }
      em.clear();
      if (page.size() < PAGE) {
        break;
      }
    }
    AuditHead head = em.find(AuditHead.class, AuditHead.ONLY);
    if (!head.isKeyed()) {
      return rows == 0
          ? new AuditCheck(0, true, null, null)
          : new AuditCheck(rows, false, head.getLastId(), "the log's head is not signed");
    }
    Optional<AuditKey> headKey = keys.byId(head.getKeyId());
    if (headKey.isEmpty()
        || !AuditChain.headMac(headKey.get(), head.getLastId(), head.getLastHash())
            .equals(head.getMac())) {
      return new AuditCheck(rows, false, head.getLastId(), "the log's head was changed");
    }
    if (head.getLastId() != lastId || !head.getLastHash().equals(previous)) {
      return new AuditCheck(rows, false, head.getLastId(), "rows at the end were deleted");
    }
    return new AuditCheck(rows, true, null, null, head.getMac());
  }
}
