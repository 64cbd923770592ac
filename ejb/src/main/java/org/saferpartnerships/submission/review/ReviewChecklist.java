package org.saferpartnerships.submission.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The checklist each policing body's office reviews submissions against. An office uses the
 * national default until it changes its own: its first change copies the default, so one office's
 * change never touches another's.
 */
@Stateless
public class ReviewChecklist {

  static final int MAX_ITEMS = 30;

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

  /** The active items a body's reviewers answer, in order. */
  public List<ReviewCheck> activeFor(Long bodyId) {
    if (bodyId != null && hasOwn(bodyId)) {
      return em.createQuery(
              "SELECT c FROM ReviewCheck c WHERE c.active = TRUE AND c.bodyId = :body"
                  + " ORDER BY c.position, c.id",
              ReviewCheck.class)
          .setParameter("body", bodyId)
          .getResultList();
    }
    return em.createQuery(
            "SELECT c FROM ReviewCheck c WHERE c.active = TRUE AND c.bodyId IS NULL"
                + " ORDER BY c.position, c.id",
            ReviewCheck.class)
        .getResultList();
  }

  /** The checklist of the body the caller reviews for, for its settings page. */
  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public List<ReviewCheck> ofBody(long bodyId) {
    mayConfigure(bodyId);
    return activeFor(bodyId);
  }

  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public long add(long bodyId, String textEn, String textCy) {
    mayConfigure(bodyId);
    String en = textEn == null ? "" : textEn.strip();
    String cy = textCy == null ? "" : textCy.strip();
    if (en.isEmpty() || cy.isEmpty()) {
      throw new ServiceException("checklist.textRequired");
    }
    if (en.length() > 500 || cy.length() > 500) {
      throw new ServiceException("checklist.textSize", 500);
    }
    copyDefaultsFor(bodyId);
    List<ReviewCheck> own = activeFor(bodyId);
    if (own.size() >= MAX_ITEMS) {
      throw new ServiceException("checklist.tooMany", MAX_ITEMS);
    }
    int position = own.stream().mapToInt(ReviewCheck::getPosition).max().orElse(0) + 1;
    Instant now = clock.instant();
    ReviewCheck check = new ReviewCheck(bodyId, position, en, cy, now, caller.username());
    em.persist(check);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.CREATE,
        "review_check",
        String.valueOf(check.getId()),
        null,
        en);
    return check.getId();
  }

  /** Takes an item off the body's checklist; past answers keep it. */
  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public void retire(long bodyId, long checkId) {
    mayConfigure(bodyId);
    ReviewCheck chosen = em.find(ReviewCheck.class, checkId);
    if (chosen == null || !chosen.isActive()) {
      throw new NotFoundException("notFound.check", checkId);
    }
    if (chosen.getBodyId() == null) {
      // a default: the office's own copy of it is the one to retire
      ReviewCheck national = chosen;
      copyDefaultsFor(bodyId);
      chosen =
          activeFor(bodyId).stream()
              .filter(
                  own ->
                      own.getPosition() == national.getPosition()
                          && own.getTextEn().equals(national.getTextEn()))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("notFound.check", checkId));
    } else if (!chosen.getBodyId().equals(bodyId)) {
      throw new NotFoundException("notFound.check", checkId);
    }
    if (activeFor(bodyId).size() <= 1) {
      throw new ServiceException("checklist.lastItem");
    }
    chosen.retire();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        "review_check",
        String.valueOf(chosen.getId()),
        null,
        "retired");
  }

  private boolean hasOwn(long bodyId) {
    return !em.createQuery("SELECT c.id FROM ReviewCheck c WHERE c.bodyId = :body", Long.class)
        .setParameter("body", bodyId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private void copyDefaultsFor(long bodyId) {
    if (hasOwn(bodyId)) {
      return;
    }
    Instant now = clock.instant();
    for (ReviewCheck national : activeFor(null)) {
      em.persist(
          new ReviewCheck(
              bodyId,
              national.getPosition(),
              national.getTextEn(),
              national.getTextCy(),
              now,
              caller.username()));
    }
    em.flush();
  }

  private void mayConfigure(long bodyId) {
    Organisation body = em.find(Organisation.class, bodyId);
    Scope scope = caller.get();
    boolean policingBody = body != null && body.getType() == OrganisationType.POLICING_BODY;
    if (!policingBody || !(scope.has(Role.ADMIN) || scope.organisationIds().contains(bodyId))) {
      throw new NotFoundException("notFound.organisation", bodyId);
    }
  }
}
