package org.saferpartnerships.casereview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.PersonalData;
import org.saferpartnerships.workflow.items.WorkItemSubject;
import org.saferpartnerships.workflow.items.WorkItemSubjects;

/**
 * The case review a work item is about: a recommendation of its review, a request for information
 * for its meeting, or the applicant's request that the policing body review how it was handled.
 * Only the case's coordinators may open it (it holds the victim's personal data); anyone else who
 * holds the item is told its reference only, and no documents.
 */
@ApplicationScoped
public class CaseItemSubjects implements WorkItemSubjects {

  private static final List<String> QUERIES =
      List.of(
          "SELECT r.caseReview FROM CaseRecommendation r WHERE r.workItemId = :item",
          "SELECT q.caseReview FROM CaseInformationRequest q WHERE q.workItemId = :item",
          "SELECT c FROM CaseReview c WHERE c.escalation.escalationItemId = :item");

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Override
  public Optional<WorkItemSubject> about(long workItemId) {
    for (String query : QUERIES) {
      List<CaseReview> found =
          em.createQuery(query, CaseReview.class).setParameter("item", workItemId).getResultList();
      if (!found.isEmpty()) {
        return Optional.of(subject(found.get(0)));
      }
    }
    return Optional.empty();
  }

  private WorkItemSubject subject(CaseReview review) {
    boolean viewable = PersonalData.caseCsps(caller.get()).contains(review.getCsp().getId());
    return new WorkItemSubject(
        "caseReview",
        review.getReference(),
        "/casereview/case.xhtml?ref=" + review.getReference(),
        viewable,
        List.of());
  }
}
