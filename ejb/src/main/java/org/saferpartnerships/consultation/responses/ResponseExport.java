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
    List<Object[]> responses =
        em.createQuery(
                "SELECT r.id, r.reference, k.labelEn, r.organisationName, r.submittedOn, r.channel"
                    + " FROM ConsultationResponse r LEFT JOIN r.category k"
                    + " WHERE r.consultation.id = :c AND r.live = TRUE ORDER BY r.id",
                Object[].class)
            .setParameter("c", consultationId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    if (responses.isEmpty()) {
      return new Page<>(List.of(), total);
    }
    List<Long> ids = responses.stream().map(row -> (Long) row[0]).toList();
    // response -> question -> values (option labels, or the text)
    Map<Long, Map<Long, List<String>>> answers = new HashMap<>();
    Map<Long, Long> answerOf = new HashMap<>(); // written answer id -> response id
    Map<Long, Long> questionOfAnswer = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT a.id, a.response.id, a.question.id, o.labelEn, a.text FROM"
                    + " ConsultationAnswer a LEFT JOIN a.option o WHERE a.response.id IN :ids"
                    + " ORDER BY a.response.id, a.question.id, o.position, a.id",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      String value = row[3] != null ? (String) row[3] : (String) row[4];
      answers
          .computeIfAbsent((Long) row[1], k -> new HashMap<>())
          .computeIfAbsent((Long) row[2], k -> new ArrayList<>())
          .add(value);
      if (row[4] != null) {
        answerOf.put((Long) row[0], (Long) row[1]);
        questionOfAnswer.put((Long) row[0], (Long) row[2]);
      }
    }
    // response -> written question -> theme codes any analyst gave
    Map<Long, Map<Long, TreeSet<String>>> themes = new HashMap<>();
    if (!answerOf.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "SELECT v.answer.id, t.code FROM AnswerTheme at JOIN at.review v JOIN at.theme t"
                      + " WHERE v.answer.id IN :answers",
                  Object[].class)
              .setParameter("answers", new ArrayList<>(answerOf.keySet()))
              .getResultList()) {
        Long answer = (Long) row[0];
        themes
            .computeIfAbsent(answerOf.get(answer), k -> new LinkedHashMap<>())
            .computeIfAbsent(questionOfAnswer.get(answer), k -> new TreeSet<>())
            .add((String) row[1]);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] response : responses) {
      Long id = (Long) response[0];
      List<Object> cells = new ArrayList<>();
      cells.add(response[1]);
      cells.add(response[2]);
      cells.add(response[3]);
      cells.add(response[4]);
      cells.add(String.valueOf(response[5]));
      Map<Long, List<String>> given = answers.getOrDefault(id, Map.of());
      for (ConsultationQuestion q : consultation.getQuestions()) {
        List<String> values = given.get(q.getId());
        cells.add(values == null ? null : String.join("; ", values));
      }
      for (ConsultationQuestion q : consultation.getQuestions()) {
        if (q.getKind() == QuestionKind.FREE_TEXT) {
          TreeSet<String> codes = themes.getOrDefault(id, Map.of()).get(q.getId());
          cells.add(codes == null ? null : String.join("; ", codes));
        }
      }
      rows.add(cells);
    }
    return new Page<>(rows, total);
  }
}
