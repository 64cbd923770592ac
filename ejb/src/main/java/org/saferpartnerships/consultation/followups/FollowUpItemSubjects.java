package org.saferpartnerships.consultation.followups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.workflow.items.WorkItemSubject;
import org.saferpartnerships.workflow.items.WorkItemSubjects;

/**
 * The consultation theme a follow-up work item was raised for ("you said, we did"): its page, for
 * the analysts of the consultation's owner; the agency asked to act is told the consultation's
 * title only.
 */
@ApplicationScoped
public class FollowUpItemSubjects implements WorkItemSubjects {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Override
  public Optional<WorkItemSubject> about(long workItemId) {
    List<ThemeFollowUp> found =
        em.createQuery(
                "SELECT f FROM ThemeFollowUp f WHERE f.workItemId = :item", ThemeFollowUp.class)
            .setParameter("item", workItemId)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ThemeFollowUp followUp = found.get(0);
    Consultation consultation = em.find(Consultation.class, followUp.getConsultationId());
    Scope scope = caller.get();
    boolean viewable =
        scope.has(Role.ADMIN) || scope.organisationIds().contains(consultation.getOwner().getId());
    return Optional.of(
        new WorkItemSubject(
            "followUp",
            consultation.getTitleEn(),
            "/consultation/followup.xhtml?id="
                + followUp.getConsultationId()
                + "&theme="
                + followUp.getThemeId(),
            viewable,
            List.of()));
  }
}
