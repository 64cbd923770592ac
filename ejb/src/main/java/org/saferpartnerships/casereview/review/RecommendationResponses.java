package org.saferpartnerships.casereview.review;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import org.saferpartnerships.workflow.items.WorkItemActed;

/**
 * Writes a body's response to a recommendation back to the case, in the transaction of the action
 * the body took on the recommendation's work item: accepted (with the action it will take),
 * declined (with its reasons), or done.
 */
@Stateless
public class RecommendationResponses {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext private EntityManager em;

  public void onAction(@Observes WorkItemActed acted) {
    if (!RecommendationWorkflow.TYPE.equals(acted.itemType())) {
      return;
    }
    CaseRecommendation recommendation =
        em.createQuery(
                "SELECT r FROM CaseRecommendation r WHERE r.workItemId = :item",
                CaseRecommendation.class)
            .setParameter("item", acted.itemId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (recommendation == null) {
      return; // an item opened by hand, not by a review
    }
    var day = acted.at().atZone(UK).toLocalDate();
    switch (acted.action()) {
      case RecommendationWorkflow.ACCEPT ->
          recommendation.respond(
              RecommendationResponse.ACCEPTED, acted.reason(), day, acted.actor());
      case RecommendationWorkflow.DECLINE ->
          recommendation.respond(
              RecommendationResponse.DECLINED, acted.reason(), day, acted.actor());
      case RecommendationWorkflow.COMPLETE -> recommendation.complete(day);
      default -> {
        // claims, notes and the like change nothing on the case
      }
    }
  }
}
