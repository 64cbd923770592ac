package org.saferpartnerships.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.saferpartnerships.identity.Role;

/**
 * Walks the audit log from its first row, recomputing each hash: a changed row fails its own hash,
 * a deleted row breaks the link of the row after it, and a deleted tail leaves the head naming a
 * row that is no longer the last. Reads in pages by id, so the log's size does not matter.
 */
@Stateless
@RolesAllowed({Role.Names.DATA_PROTECTION_OFFICER, Role.Names.ADMIN})
public class AuditVerifier {

  private static final int PAGE = 1000;

  @PersistenceContext private EntityManager em;

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
        if (!event.getPreviousHash().equals(previous)) {
          return new AuditCheck(
              rows, false, event.getId(), "the row before it was changed or deleted");
        }
        if (!event.expectedHash(previous).equals(event.getHash())) {
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
    if (head.getLastId() != lastId || !head.getLastHash().equals(previous)) {
      return new AuditCheck(rows, false, head.getLastId(), "rows at the end were deleted");
    }
    return new AuditCheck(rows, true, null, null);
  }
}
