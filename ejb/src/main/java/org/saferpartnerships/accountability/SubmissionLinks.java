package org.saferpartnerships.accountability;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.saferpartnerships.accountability.grants.CrimeGrant;
import org.saferpartnerships.accountability.requests.ReportRequestService;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.submission.SubmissionPurposes;

/** The grants and report requests a submission may answer, as {@code submission} asks of them. */
@Stateless
@Local(SubmissionPurposes.class)
public class SubmissionLinks implements SubmissionPurposes {

  @PersistenceContext private EntityManager em;

  @EJB private ReportRequestService reportRequests;

  @Override
  public void checkGrant(Long grantId, Area csp) {
    CrimeGrant grant = grantId == null ? null : em.find(CrimeGrant.class, grantId);
    if (grant == null || grant.getCsp() == null || !grant.getCsp().getId().equals(csp.getId())) {
      throw new ServiceException("submission.grantRequired");
    }
  }

  @Override
  public void checkOpenRequest(long requestId, Area csp) {
    reportRequests.openFor(requestId, csp);
  }

  @Override
  public String grantRecipient(long grantId) {
    CrimeGrant grant = em.find(CrimeGrant.class, grantId);
    return grant == null ? null : grant.getRecipient();
  }
}
