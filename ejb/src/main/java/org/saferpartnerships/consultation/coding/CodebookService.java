package org.saferpartnerships.consultation.coding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * A consultation's codebook: themes in a tree at most three deep, each with English and Welsh
 * labels and definitions, listed in tree order with the number of answers given each.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class CodebookService {

  /** What the audit log calls a theme. */
  public static final String SUBJECT = "CONSULTATION_THEME";

  static final int MAX_DEPTH = 3;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private ConsultationRepository consultations;

  @EJB private AuditLog audit;

  public List<ThemeView> codebook(long consultationId) {
    consultations.visible(consultationId);
    List<Theme> themes = themes(consultationId);
    Map<Long, Long> answers = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT t.id, COUNT(DISTINCT v.answer.id) FROM AnswerTheme at JOIN at.theme t"
                    + " JOIN at.review v WHERE t.consultation.id = :c GROUP BY t.id",
                Object[].class)
            .setParameter("c", consultationId)
            .getResultList()) {
      answers.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, List<Theme>> children = new HashMap<>();
    for (Theme theme : themes) {
      children.computeIfAbsent(theme.getParentId(), k -> new ArrayList<>()).add(theme);
    }
    List<ThemeView> ordered = new ArrayList<>();
    walk(children, null, 0, answers, ordered);
    return ordered;
  }

  private static void walk(
      Map<Long, List<Theme>> children,
      Long parent,
      int depth,
      Map<Long, Long> answers,
      List<ThemeView> into) {
    List<Theme> level = new ArrayList<>(children.getOrDefault(parent, List.of()));
    level.sort(Comparator.comparing(Theme::getCode, String.CASE_INSENSITIVE_ORDER));
    for (Theme t : level) {
      into.add(
          new ThemeView(
              t.getId(),
              t.getParentId(),
              depth,
              t.getCode(),
              t.getLabelEn(),
              t.getLabelCy(),
              t.getDefinitionEn(),
              t.getDefinitionCy(),
              t.getVersion(),
              answers.getOrDefault(t.getId(), 0L)));
      walk(children, t.getId(), depth + 1, answers, into);
    }
  }

  List<Theme> themes(long consultationId) {
    return Theme.ofConsultation(em, consultationId);
  }

  public ThemeView addTheme(long consultationId, @NotNull @Valid ThemeRequest request) {
    Consultation consultation = consultations.visible(consultationId);
    List<Theme> themes = themes(consultationId);
    String wanted = Answers.normalise(request.code());
    if (themes.stream().anyMatch(t -> Answers.normalise(t.getCode()).equals(wanted))) {
      throw new ConflictException("theme.code.taken", request.code().strip());
    }
    if (request.parentId() != null) {
      Map<Long, Theme> byId = new HashMap<>();
      themes.forEach(t -> byId.put(t.getId(), t));
      Theme parent = byId.get(request.parentId());
      if (parent == null) {
        throw new ServiceException("theme.parent.unknown");
      }
      int depth = 1;
      for (Theme up = parent; up.getParentId() != null; up = byId.get(up.getParentId())) {
        depth++;
      }
      if (depth >= MAX_DEPTH) {
        throw new ServiceException("theme.tooDeep", MAX_DEPTH);
      }
    }
    Theme theme =
        new Theme(consultation, request.parentId(), request, clock.instant(), caller.username());
    em.persist(theme);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(theme.getId()),
        null,
        "consultation " + consultationId + ": " + theme.getCode());
    return codebook(consultationId).stream()
        .filter(v -> v.id() == theme.getId())
        .findFirst()
        .orElseThrow();
  }

  /** New labels or definitions for a theme; its code and place in the tree stay. */
  public ThemeView editTheme(
      long consultationId,
      long themeId,
      long expectedVersion,
      @NotNull @Valid ThemeRequest request) {
    consultations.visible(consultationId);
    Theme theme = em.find(Theme.class, themeId);
    if (theme == null || !theme.getConsultation().getId().equals(consultationId)) {
      throw new NotFoundException("notFound.theme", themeId);
    }
    if (theme.getVersion() != expectedVersion) {
      throw new ConflictException("theme.stale", theme.getCode());
    }
    theme.describe(request);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(themeId),
        null,
        theme.getCode());
    return codebook(consultationId).stream()
        .filter(v -> v.id() == themeId)
        .findFirst()
        .orElseThrow();
  }
}
