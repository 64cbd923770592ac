package org.saferpartnerships.consultation.responses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Every response of a consultation as rows for a spreadsheet, a page at a time in four queries
 * (responses, their answers, and the themes analysts gave the written ones): reference, category,
 * organisation, day submitted, channel, then each question's answer in order (options by their
 * English labels), then for each written question the codes of the themes it was given.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class ResponseExport {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @EJB private ConsultationRepository consultations;

  @EJB private AuditLog audit;

  public Page<List<Object>> rows(long consultationId, PageRequest page) {
    Consultation consultation = consultations.visible(consultationId);
    if (page.page() == 0) {
      audit.record(
          caller.username(),
          AuditAction.EXPORT,
          ConsultationService.SUBJECT,
          String.valueOf(consultationId),
          null,
          "every response");
    }
    long total =
        em.createQuery(
                "SELECT COUNT(r) FROM ConsultationResponse r WHERE r.consultation.id = :c"
                    + " AND r.live = TRUE",
                Long.class)
            .setParameter("c", consultationId)
            .getSingleResult();
    List<ExportedResponse> responses =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.consultation.responses.ExportedResponse(r.id, r.reference, k.labelEn, r.organisationName,"
                    + " r.submittedOn, r.channel) FROM ConsultationResponse r LEFT JOIN r.category k"
                    + " WHERE r.consultation.id = :c AND r.live = TRUE ORDER BY r.id",
                ExportedResponse.class)
            .setParameter("c", consultationId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    if (responses.isEmpty()) {
      return new Page<>(List.of(), total);
    }
    List<ExportedAnswer> written = new ArrayList<>();
    Map<Long, Map<Long, List<String>>> answers = answers(responses, written);
    Map<Long, Map<Long, TreeSet<String>>> themes = themes(written);
    List<List<Object>> rows = new ArrayList<>();
    for (ExportedResponse response : responses) {
      rows.add(
          row(
              response,
              consultation,
              answers.getOrDefault(response.id(), Map.of()),
              themes.getOrDefault(response.id(), Map.of())));
    }
    return new Page<>(rows, total);
  }

  /** Response, then question, then its values (option labels, or the text); notes the written. */
  private Map<Long, Map<Long, List<String>>> answers(
      List<ExportedResponse> responses, List<ExportedAnswer> written) {
    Map<Long, Map<Long, List<String>>> answers = new HashMap<>();
    for (ExportedAnswer answer :
        em.createQuery(
                "SELECT NEW org.saferpartnerships.consultation.responses.ExportedAnswer(a.id, a.response.id, a.question.id, o.labelEn,"
                    + " a.text) FROM ConsultationAnswer a LEFT JOIN a.option o"
                    + " WHERE a.response.id IN :ids"
                    + " ORDER BY a.response.id, a.question.id, o.position, a.id",
                ExportedAnswer.class)
            .setParameter("ids", responses.stream().map(ExportedResponse::id).toList())
            .getResultList()) {
      answers
          .computeIfAbsent(answer.responseId(), k -> new HashMap<>())
          .computeIfAbsent(answer.questionId(), k -> new ArrayList<>())
          .add(answer.optionLabel() != null ? answer.optionLabel() : answer.text());
      if (answer.text() != null) {
        written.add(answer);
      }
    }
    return answers;
  }

  /** Response, then written question, then the theme codes any analyst gave. */
  private Map<Long, Map<Long, TreeSet<String>>> themes(List<ExportedAnswer> written) {
    Map<Long, Map<Long, TreeSet<String>>> themes = new HashMap<>();
    if (written.isEmpty()) {
      return themes;
    }
    Map<Long, ExportedAnswer> byId = new HashMap<>();
    written.forEach(answer -> byId.put(answer.answerId(), answer));
    for (ExportedTheme theme :
        em.createQuery(
                "SELECT NEW org.saferpartnerships.consultation.responses.ExportedTheme(v.answer.id, t.code) FROM AnswerTheme at"
                    + " JOIN at.review v JOIN at.theme t WHERE v.answer.id IN :answers",
                ExportedTheme.class)
            .setParameter("answers", new ArrayList<>(byId.keySet()))
            .getResultList()) {
      ExportedAnswer answer = byId.get(theme.answerId());
      themes
          .computeIfAbsent(answer.responseId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(answer.questionId(), k -> new TreeSet<>())
          .add(theme.code());
    }
    return themes;
  }

  /** One response's cells: its fixed columns, each question's values, each written's themes. */
  private static List<Object> row(
      ExportedResponse response,
      Consultation consultation,
      Map<Long, List<String>> given,
      Map<Long, TreeSet<String>> themes) {
    List<Object> cells = new ArrayList<>();
    cells.add(response.reference());
    cells.add(response.category());
    cells.add(response.organisation());
    cells.add(response.submittedOn());
    cells.add(String.valueOf(response.channel()));
    for (ConsultationQuestion q : consultation.getQuestions()) {
      List<String> values = given.get(q.getId());
      cells.add(values == null ? null : String.join("; ", values));
    }
    for (ConsultationQuestion q : consultation.getQuestions()) {
      if (q.getKind() == QuestionKind.FREE_TEXT) {
        TreeSet<String> codes = themes.get(q.getId());
        cells.add(codes == null ? null : String.join("; ", codes));
      }
    }
    return cells;
  }
}
