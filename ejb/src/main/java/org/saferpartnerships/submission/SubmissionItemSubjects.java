package org.saferpartnerships.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.workflow.documents.StoredDocument;
import org.saferpartnerships.workflow.items.WorkItemSubject;
import org.saferpartnerships.workflow.items.WorkItemSubjects;

/**
 * The submission a work item is about: the policing body's review of it, or one of the
 * recommendations the review made. The current version's documents come with it, so that the
 * reviewer sees from the inbox what there is to read.
 */
@ApplicationScoped
public class SubmissionItemSubjects implements WorkItemSubjects {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Override
  public Optional<WorkItemSubject> about(long workItemId) {
    List<Submission> found =
        em.createQuery("SELECT s FROM Submission s WHERE s.reviewItemId = :item", Submission.class)
            .setParameter("item", workItemId)
            .getResultList();
    if (found.isEmpty()) {
      found =
          em.createQuery(
                  "SELECT s FROM Submission s, SubmissionRecommendation r"
                      + " WHERE r.submissionId = s.id AND r.workItemId = :item",
                  Submission.class)
              .setParameter("item", workItemId)
              .getResultList();
    }
    return found.stream().findFirst().map(this::subject);
  }

  private WorkItemSubject subject(Submission submission) {
    boolean viewable = SubmissionAccess.mayView(caller.get(), submission);
    List<String> documents =
        viewable
            ? submission.current().getDocuments().stream().map(StoredDocument::getFileName).toList()
            : List.of();
    return new WorkItemSubject(
        "submission",
        submission.reference() + " " + submission.getTitle(),
        "/submission/submission.xhtml?id=" + submission.getId(),
        viewable,
        documents);
  }
}
