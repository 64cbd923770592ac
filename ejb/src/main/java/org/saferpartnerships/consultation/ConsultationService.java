package org.saferpartnerships.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.imports.ConsultationShape;
import org.saferpartnerships.consultation.imports.OwnerChoice;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Setting up consultations: a new one with its questions and respondent categories, a question
 * added later, and reading one back. Run by Home Office analysts and PCC offices for the
 * organisations they act for, and by administrators for any.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class ConsultationService {

  /** What the audit log calls a consultation. */
  public static final String SUBJECT = "CONSULTATION";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private ConsultationRepository consultations;

  @EJB private AuditLog audit;

  public Page<ConsultationSummary> page(PageRequest request, String search) {
    return consultations.page(request, search);
  }

  /** The organisations the caller may run a consultation for. */
  public List<OwnerChoice> owners() {
    Scope scope = caller.get();
    String jpql =
        scope.has(Role.ADMIN)
            ? "SELECT o FROM Organisation o WHERE o.type IN"
                + " (org.saferpartnerships.partnership.registry.OrganisationType.HOME_OFFICE,"
                + " org.saferpartnerships.partnership.registry.OrganisationType.POLICING_BODY) ORDER BY o.name"
            : "SELECT o FROM Organisation o WHERE o.id IN :ids ORDER BY o.name";
    var query = em.createQuery(jpql, Organisation.class);
    if (!scope.has(Role.ADMIN)) {
      if (scope.organisationIds().isEmpty()) {
        return List.of();
      }
      query.setParameter("ids", scope.organisationIds());
    }
    return query
        .getResultStream()
        .map(o -> new OwnerChoice(o.getId(), o.getName(), o.getNameCy()))
        .toList();
  }

  public long create(@NotNull @Valid ConsultationRequest request) {
    Organisation owner = owner(request.ownerId());
    Consultation consultation =
        new Consultation(request, owner, clock.instant(), caller.username());
    List<ConsultationRequest.CategoryTerms> categories =
        request.categories().isEmpty() ? DefaultCategories.ALL : request.categories();
    Set<String> codes = new HashSet<>();
    for (ConsultationRequest.CategoryTerms category : categories) {
      if (!codes.add(Answers.normalise(category.code()))) {
        throw new ServiceException("consultation.category.repeated", category.code());
      }
      consultation.addCategory(category.code(), category.labelEn(), category.labelCy());
    }
    for (QuestionRequest question : request.questions()) {
      consultation.addQuestion(question);
    }
    em.persist(consultation);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(consultation.getId()),
        null,
        consultation.getTitleEn());
    return consultation.getId();
  }

  private Organisation owner(Long ownerId) {
    List<OwnerChoice> allowed = owners();
    if (ownerId == null) {
      if (allowed.size() != 1) {
        throw new ServiceException("consultation.owner.choose");
      }
      return em.find(Organisation.class, allowed.get(0).id());
    }
    if (allowed.stream().noneMatch(o -> o.id() == ownerId)) {
      throw new ServiceException("consultation.owner.notYours");
    }
    return em.find(Organisation.class, ownerId);
  }

  public ConsultationView view(long id) {
    Consultation consultation = consultations.visible(id);
    return ConsultationView.of(consultation, responses(id));
  }

  /** Shape of a consultation for the parsers: its questions, options and categories. */
  public ConsultationShape shape(long id) {
    return ConsultationShape.of(consultations.visible(id));
  }

  private long responses(long id) {
    return em.createQuery(
            "SELECT COUNT(r) FROM ConsultationResponse r WHERE r.consultation.id = :id"
                + " AND r.live = TRUE",
            Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /**
   * Adds a question at the end. Questions already answered are never changed or removed, so that
   * every answer keeps the question it was given to; a stale copy of the consultation is refused.
   */
  public ConsultationView addQuestion(
      long id, long expectedVersion, @NotNull @Valid QuestionRequest request) {
    Consultation consultation = consultations.visible(id);
    if (consultation.getVersion() != expectedVersion) {
      throw new ConflictException("consultation.stale");
    }
    consultation.addQuestion(request);
    em.lock(consultation, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(id),
        null,
        "question "
            + consultation.getQuestions().get(consultation.getQuestions().size() - 1).getCode());
    return view(id);
  }
}
