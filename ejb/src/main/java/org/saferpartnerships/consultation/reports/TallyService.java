package org.saferpartnerships.consultation.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.QuestionOption;
import org.saferpartnerships.consultation.RespondentCategory;
import org.saferpartnerships.identity.Role;

/**
 * Counts the answers to a consultation's closed questions in three GROUP BY queries, however many
 * responses there are: respondents by category, respondents answering each question by category,
 * and choices of each option by category. Only live responses count.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class TallyService {

  @PersistenceContext private EntityManager em;

  @EJB private ConsultationRepository consultations;

  /** A count keyed by (question or option, category). */
  private record Key(Long id, Long categoryId) {}

  public Tallies tallies(long consultationId) {
    Consultation consultation = consultations.visible(consultationId);
    Map<Long, Long> byCategory = new HashMap<>();
    counts(
            "SELECT NEW org.saferpartnerships.consultation.reports.CategoryCount(k.id, k.id, COUNT(r)) FROM ConsultationResponse r"
                + " LEFT JOIN r.category k WHERE r.consultation.id = :c AND r.live = TRUE"
                + " GROUP BY k.id",
            consultationId)
        .forEach((key, count) -> byCategory.put(key.categoryId(), count));
    Map<Key, Long> answered =
        counts(
            "SELECT NEW org.saferpartnerships.consultation.reports.CategoryCount(a.question.id, k.id, COUNT(DISTINCT r.id)) FROM ConsultationAnswer a"
                + " JOIN a.response r LEFT JOIN r.category k WHERE r.consultation.id = :c"
                + " AND r.live = TRUE GROUP BY a.question.id, k.id",
            consultationId);
    Map<Key, Long> chosen =
        counts(
            "SELECT NEW org.saferpartnerships.consultation.reports.CategoryCount(o.id, k.id, COUNT(a)) FROM ConsultationAnswer a JOIN a.option o"
                + " JOIN a.response r LEFT JOIN r.category k WHERE r.consultation.id = :c"
                + " AND r.live = TRUE GROUP BY o.id, k.id",
            consultationId);
    List<Tallies.CategoryTotal> categories = categories(consultation, byCategory);
    long responses = byCategory.values().stream().mapToLong(Long::longValue).sum();
    List<Tallies.QuestionTally> questions = new ArrayList<>();
    for (ConsultationQuestion q : consultation.getQuestions()) {
      if (q.getKind().closed()) {
        questions.add(questionTally(q, categories, answered, chosen));
      }
    }
    return new Tallies(responses, categories, questions);
  }

  /** The consultation's categories with their responses, and those without a category last. */
  private static List<Tallies.CategoryTotal> categories(
      Consultation consultation, Map<Long, Long> byCategory) {
    List<Tallies.CategoryTotal> categories = new ArrayList<>();
    for (RespondentCategory c : consultation.getCategories()) {
      categories.add(
          new Tallies.CategoryTotal(
              c.getId(),
              c.getCode(),
              c.getLabelEn(),
              c.getLabelCy(),
              byCategory.getOrDefault(c.getId(), 0L)));
    }
    if (byCategory.getOrDefault(null, 0L) > 0) {
      categories.add(new Tallies.CategoryTotal(null, null, null, null, byCategory.get(null)));
    }
    return categories;
  }

  /** A closed question's options: each chosen how often, overall and by category, and shares. */
  private static Tallies.QuestionTally questionTally(
      ConsultationQuestion q,
      List<Tallies.CategoryTotal> categories,
      Map<Key, Long> answered,
      Map<Key, Long> chosen) {
    List<Long> answeredBy =
        categories.stream()
            .map(c -> answered.getOrDefault(new Key(q.getId(), c.categoryId()), 0L))
            .toList();
    long answeredAll = answeredBy.stream().mapToLong(Long::longValue).sum();
    List<Tallies.OptionTally> options = new ArrayList<>();
    for (QuestionOption o : q.getOptions()) {
      List<Long> counts =
          categories.stream()
              .map(c -> chosen.getOrDefault(new Key(o.getId(), c.categoryId()), 0L))
              .toList();
      long count = counts.stream().mapToLong(Long::longValue).sum();
      List<Double> shares = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        shares.add(Tallies.percent(counts.get(i), answeredBy.get(i)));
      }
      options.add(
          new Tallies.OptionTally(
              o.getId(),
              o.getLabelEn(),
              o.getLabelCy(),
              count,
              Tallies.percent(count, answeredAll),
              counts,
              shares));
    }
    return new Tallies.QuestionTally(
        q.getId(),
        q.getCode(),
        q.getTextEn(),
        q.getTextCy(),
        q.getKind(),
        answeredAll,
        answeredBy,
        options);
  }

  private Map<Key, Long> counts(String jpql, long consultationId) {
    Map<Key, Long> counts = new HashMap<>();
    for (CategoryCount row :
        em.createQuery(jpql, CategoryCount.class)
            .setParameter("c", consultationId)
            .getResultList()) {
      counts.merge(new Key(row.id(), row.categoryId()), row.count(), Long::sum);
    }
    return counts;
  }
}
