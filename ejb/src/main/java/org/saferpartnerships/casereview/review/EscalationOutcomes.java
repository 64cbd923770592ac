package org.saferpartnerships.casereview.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.casereview.letters.LetterKind;
import org.saferpartnerships.casereview.letters.LetterService;
import org.saferpartnerships.workflow.items.WorkItemActed;

/**
 * Writes the policing body's handling of an applicant's request for review back to the case, in the
 * transaction of the action it took on the request's work item: an upheld request reopens the case
 * as the body directed (a new threshold decision, or a review), and the applicant is sent a letter
 * with the outcome whichever it is.
 */
@Stateless
public class EscalationOutcomes {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext private EntityManager em;

  @EJB private LetterService letters;

  public void onAction(@Observes WorkItemActed acted) {
    if (!CaseEscalationWorkflow.TYPE.equals(acted.itemType())) {
      return;
    }
    EscalationOutcome outcome =
        switch (acted.action()) {
          case CaseEscalationWorkflow.HEAR -> EscalationOutcome.HEARING;
          case CaseEscalationWorkflow.REFUSE -> EscalationOutcome.REFUSED;
          case CaseEscalationWorkflow.UPHOLD -> EscalationOutcome.UPHELD;
          case CaseEscalationWorkflow.UPHOLD_REVIEW -> EscalationOutcome.UPHELD_REVIEW;
          case CaseEscalationWorkflow.NOT_UPHOLD -> EscalationOutcome.NOT_UPHELD;
          default -> null;
        };
    if (outcome == null) {
      return;
    }
    em.createQuery(
            "SELECT c FROM CaseReview c WHERE c.escalation.escalationItemId = :item",
            CaseReview.class)
        .setParameter("item", acted.itemId())
        .getResultStream()
        .findFirst()
        .ifPresent(
            review -> {
              review.escalationDecided(
                  outcome, acted.reason(), acted.at().atZone(UK).toLocalDate(), acted.at());
              if (outcome != EscalationOutcome.HEARING) {
                letters.issue(review, LetterKind.ESCALATION_OUTCOME, acted.at(), acted.actor());
              }
            });
  }
}
