package org.saferpartnerships.casereview;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.OrganisationType;
import org.saferpartnerships.platform.NotFoundException;

/**
 * Who may see a case review: the coordinators of its CSP, that is the users acting for the CSP's
 * own partnership organisation. Nobody else sees its personal data, national roles included; a case
 * outside the caller's sight answers "not found", so its existence is not disclosed either.
 */
@Stateless
@PermitAll
public class CaseAccess {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Resource private SessionContext context;

  /** The CSPs whose cases the caller may see (empty for everyone but coordinators). */
  public Set<Long> visibleCsps() {
    if (!context.isCallerInRole(Role.Names.CSP_COORDINATOR)) {
      return Set.of();
    }
    List<Long> csps =
        em.createQuery(
                "SELECT o.area.id FROM Account a JOIN a.organisations o"
                    + " WHERE a.username = :username AND o.type = :type",
                Long.class)
            .setParameter("username", caller.username())
            .setParameter("type", OrganisationType.PARTNERSHIP)
            .getResultList();
    return Set.copyOf(csps);
  }

  /** The case with this reference if the caller may see it; else "not found". */
  public CaseReview visible(String reference) {
    String ref = reference == null ? "" : reference.trim().toUpperCase(java.util.Locale.ROOT);
    List<CaseReview> found =
        em.createQuery("SELECT c FROM CaseReview c WHERE c.reference = :ref", CaseReview.class)
            .setParameter("ref", ref)
            .getResultList();
    if (found.isEmpty() || !visibleCsps().contains(found.get(0).getCsp().getId())) {
      throw new NotFoundException("notFound.caseReview", ref);
    }
    return found.get(0);
  }
}
