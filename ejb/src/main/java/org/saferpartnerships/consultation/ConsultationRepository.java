package org.saferpartnerships.consultation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Consultations as their readers may see them: administrators every one, everyone else those owned
 * by an organisation they act for (a Home Office analyst the Home Office's, a PCC office its own).
 * One that is not visible does not exist, to the caller.
 */
@Stateless
@PermitAll
public class ConsultationRepository {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  /** The consultation, if the caller may see it. */
  public Consultation visible(long id) {
    Consultation consultation = em.find(Consultation.class, id);
    if (consultation == null || !mayRead(caller.get(), consultation.getOwner().getId())) {
      throw new NotFoundException("notFound.consultation", id);
    }
    return consultation;
  }

  static boolean mayRead(Scope scope, Long ownerId) {
    return scope.has(Role.ADMIN) || scope.organisationIds().contains(ownerId);
  }

  public Page<ConsultationSummary> page(PageRequest request, String search) {
    Scope scope = caller.get();
    String where = " WHERE 1 = 1";
    if (!scope.has(Role.ADMIN)) {
      where += scope.organisationIds().isEmpty() ? " AND 1 = 0" : " AND o.id IN :owners";
    }
    boolean searching = search != null && !search.isBlank();
    if (searching) {
      where += " AND (LOWER(c.titleEn) LIKE :search OR LOWER(c.titleCy) LIKE :search)";
    }
    String order =
        "title".equals(request.sort())
            ? " ORDER BY c.titleEn" + (request.descending() ? " DESC" : "") + ", c.id"
            : " ORDER BY c.closesOn" + (request.descending() ? " DESC" : "") + ", c.id DESC";
    TypedQuery<ConsultationSummary> query =
        em.createQuery(
            "SELECT NEW org.saferpartnerships.consultation.ConsultationSummary(c.id, c.titleEn,"
                + " c.titleCy, o.name, o.nameCy, c.opensOn, c.closesOn,"
                + " (SELECT COUNT(r) FROM ConsultationResponse r WHERE r.consultation = c AND"
                + " r.live = TRUE)) FROM Consultation c JOIN c.owner o"
                + where
                + order,
            ConsultationSummary.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM Consultation c JOIN c.owner o" + where, Long.class);
    if (!scope.has(Role.ADMIN) && !scope.organisationIds().isEmpty()) {
      query.setParameter("owners", scope.organisationIds());
      count.setParameter("owners", scope.organisationIds());
    }
    if (searching) {
      String like = "%" + search.strip().toLowerCase(java.util.Locale.ROOT) + "%";
      query.setParameter("search", like);
      count.setParameter("search", like);
    }
    List<ConsultationSummary> items =
        query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return new Page<>(items, count.getSingleResult());
  }
}
