package org.saferpartnerships.casereview;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.PersonalData;
import org.saferpartnerships.platform.errors.NotFoundException;

/**
 * Who may see a case review, by the one rule for personal data ({@link PersonalData}): the
 * coordinators of its CSP. A case outside the caller's sight answers "not found", so its existence
 * is not disclosed either.
 */
@Stateless
@PermitAll
public class CaseAccess {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @jakarta.ejb.EJB private AuditLog audit;

  /** The CSPs whose cases the caller may see, by the one rule ({@link PersonalData}). */
  public Set<Long> visibleCsps() {
    return PersonalData.caseCsps(caller.get());
  }

  /** Writes the audit line of the caller's read of a case's personal data (DPA 2018 s62). */
  public void recordView(CaseReview review, String what) {
    audit.record(
        caller.username(),
        AuditAction.VIEW,
        CaseReviewService.SUBJECT,
        review.getReference(),
        review.getCsp().getId(),
        what);
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
