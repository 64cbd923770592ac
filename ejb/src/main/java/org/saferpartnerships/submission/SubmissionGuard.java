package org.saferpartnerships.submission;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;

/**
 * What every use of a submission checks first, in the caller's transaction: that the caller may see
 * it (otherwise it does not exist), that the version they read is still the current one, and that
 * what they did is written to the audit log.
 */
@Dependent
public class SubmissionGuard {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private AuditLog audit;

  /** Writes what the caller did to a submission to the audit log. */
  public void record(Submission submission, AuditAction action, String detail) {
    audit.record(
        caller.username(),
        action,
        SubmissionService.SUBJECT,
        submission.reference(),
        submission.getCsp().getId(),
        detail);
  }

  /** The submission, if the caller may see it; otherwise it does not exist. */
  public Submission visible(long id) {
    Submission submission = em.find(Submission.class, id);
    if (submission == null || !SubmissionAccess.mayView(caller.get(), submission)) {
      throw new NotFoundException("notFound.submission", Submission.reference(id));
    }
    return submission;
  }

  public static void stale(Submission submission, long version) {
    if (submission.getVersion() != version) {
      throw new ConflictException("stale.submission", submission.reference());
    }
  }

  public void flush(Submission submission) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.submission", submission.reference());
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConflictException("stale.submission", submission.reference());
      }
      throw e;
    }
  }
}
