package org.saferpartnerships.casereview.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.platform.errors.NotFoundException;

/**
 * The public way to ask the policing body to review a case review: the victim gives the case's
 * reference and their postcode. A reference that does not exist, a case without a postcode, or a
 * postcode that does not match all get the same answer, so that nobody learns whether a case exists
 * by guessing. The request is sent as a coordinator's would be ({@link EscalationSender}).
 */
@Stateless
@PermitAll
public class PublicReviewRequests {

  @PersistenceContext private EntityManager em;

  @EJB private EscalationSender sender;

  /** Sends the request; returns the case's reference as written on the case. */
  public String request(@NotNull @Valid PublicReviewRequest request) {
    String reference = request.reference().strip().toUpperCase(Locale.ROOT);
    CaseReview review =
        em.createQuery("SELECT c FROM CaseReview c WHERE c.reference = :ref", CaseReview.class)
            .setParameter("ref", reference)
            .getResultStream()
            .findFirst()
            .filter(found -> samePostcode(found.getVictim().getPostcode(), request.postcode()))
            .orElseThrow(() -> new NotFoundException("publicReview.notFound"));
    sender.sendForVictim(review, request.grounds());
    return review.getReference();
  }

  /** The case's postcode is stored as {@link CaseReview#normalisePostcode} writes it. */
  static boolean samePostcode(String recorded, String given) {
    return recorded != null && recorded.equals(CaseReview.normalisePostcode(given));
  }
}
