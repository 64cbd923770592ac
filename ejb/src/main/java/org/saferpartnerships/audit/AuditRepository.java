package org.saferpartnerships.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/** The audit log as the data protection officer reads it: by subject or by actor, newest first. */
@Stateless
@RolesAllowed({Role.Names.DATA_PROTECTION_OFFICER, Role.Names.ADMIN})
public class AuditRepository {

  @PersistenceContext private EntityManager em;

  public Page<AuditEntry> find(
      String subjectType, String subjectRef, String actor, PageRequest page) {
    JpqlConditions where =
        new JpqlConditions()
            .andIf(subjectType, "e.subjectType = :type", "type")
            .andIf(subjectRef, "e.subjectRef = :ref", "ref")
            .andIf(actor, "e.actor = :actor", "actor");
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where.where(), Long.class))
            .getSingleResult();
    List<AuditEntry> entries =
        where
            .bind(
                em.createQuery(
                    "SELECT e FROM AuditEvent e" + where.where() + " ORDER BY e.id DESC",
                    AuditEvent.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(AuditEntry::of)
            .toList();
    return new Page<>(entries, total);
  }
}
