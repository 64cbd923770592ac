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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.responses.AnswerLine;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.consultation.responses.ConsultationAnswer;
import org.saferpartnerships.consultation.responses.SearchTerms;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Coding free-text answers with the codebook: the answers to code (paged and filtered in SQL), one
 * answer with the caller's coding, saving a coding, and the agreement of two analysts over the
 * answers both coded. A coding with no themes says nothing in the codebook fits; a quoted passage
 * must be words of the answer.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class CodingService {

  /** What the audit log calls a coding. */
  public static final String SUBJECT = "ANSWER_CODING";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private ConsultationRepository consultations;

  @EJB private AuditLog audit;

  private static final String ANSWERS =
      " FROM ConsultationAnswer a JOIN a.response r JOIN a.question q";

  /**
   * Written answers, paged in SQL: to a question, by respondents of a category, given a theme by
   * any analyst, coded or not, and containing every word and quoted phrase of the search.
   */
  public Page<AnswerLine> answers(
      long consultationId,
      Long questionId,
      CodingFilter filter,
      String search,
      Long categoryId,
      Long themeId,
      PageRequest page) {
    consultations.visible(consultationId);
    JpqlConditions where = answerConditions(consultationId, questionId, filter, search);
    where
        .andIf(categoryId, "r.category.id = :category", "category")
        .andIf(
            themeId,
            "EXISTS (SELECT at FROM AnswerTheme at WHERE at.review.answer = a"
                + " AND at.theme.id = :theme)",
            "theme");
    String from = ANSWERS + where.where();
    List<AnswerRow> rows =
        where
            .bind(
                em.createQuery(
                    "SELECT NEW org.saferpartnerships.consultation.coding.AnswerRow(a.id, q.code,"
                        + " a.text)"
                        + from
                        + " ORDER BY a.id",
                    AnswerRow.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = where.bind(em.createQuery("SELECT COUNT(a)" + from, Long.class)).getSingleResult();
    return new Page<>(lines(rows), total);
  }

  /** The conditions of the answers list that every page of it shares. */
  private JpqlConditions answerConditions(
      long consultationId, Long questionId, CodingFilter filter, String search) {
    JpqlConditions where =
        new JpqlConditions()
            .and(
                "r.consultation.id = :c AND r.live = TRUE AND a.text IS NOT NULL",
                Map.of("c", consultationId))
            .andIf(questionId, "q.id = :q", "q");
    String mine = "(SELECT v FROM AnswerReview v WHERE v.answer = a AND v.coder = :me)";
    switch (filter == null ? CodingFilter.ALL : filter) {
      case NOT_CODED_BY_ME -> where.and("NOT EXISTS " + mine, Map.of("me", caller.username()));
      case CODED_BY_ME -> where.and("EXISTS " + mine, Map.of("me", caller.username()));
      case DOUBLE_CODED ->
          where.and("(SELECT COUNT(v) FROM AnswerReview v WHERE v.answer = a) >= 2", Map.of());
      case WELSH -> where.and("a.welsh = TRUE", Map.of());
      case ALL -> {}
    }
    List<String> terms = SearchTerms.parse(search);
    for (int i = 0; i < terms.size(); i++) {
      where.and(
          "LOWER(a.text) LIKE :term" + i + " ESCAPE '" + SearchTerms.ESCAPE + "'",
          Map.of("term" + i, SearchTerms.pattern(terms.get(i))));
    }
    return where;
  }

  /** The page's answers with how many analysts coded each and the caller's own themes. */
  private List<AnswerLine> lines(List<AnswerRow> rows) {
    List<Long> ids = rows.stream().map(AnswerRow::id).toList();
    Map<Long, Long> coders = new HashMap<>();
    Map<Long, List<String>> mine = new HashMap<>();
    Set<Long> codedByMe = new HashSet<>();
    if (!ids.isEmpty()) {
      em.createQuery(
              "SELECT NEW org.saferpartnerships.consultation.coding.CoderCount(v.answer.id,"
                  + " COUNT(v)) FROM AnswerReview v WHERE v.answer.id IN :ids GROUP BY v.answer.id",
              CoderCount.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> coders.put(row.answerId(), row.coders()));
      for (GivenTheme given :
          em.createQuery(
                  "SELECT NEW org.saferpartnerships.consultation.coding.GivenTheme(v.answer.id,"
                      + " t.code) FROM AnswerReview v LEFT JOIN v.themes at LEFT JOIN at.theme t"
                      + " WHERE v.answer.id IN :ids AND v.coder = :me ORDER BY t.code",
                  GivenTheme.class)
              .setParameter("ids", ids)
              .setParameter("me", caller.username())
              .getResultList()) {
        codedByMe.add(given.answerId());
        if (given.themeCode() != null) {
          mine.computeIfAbsent(given.answerId(), k -> new ArrayList<>()).add(given.themeCode());
        }
      }
    }
    return rows.stream()
        .map(
            row ->
                new AnswerLine(
                    row.id(),
                    row.questionCode(),
                    row.text(),
                    coders.getOrDefault(row.id(), 0L),
                    codedByMe.contains(row.id()),
                    mine.getOrDefault(row.id(), List.of())))
        .toList();
  }

  private ConsultationAnswer answer(long consultationId, long answerId) {
    consultations.visible(consultationId);
    ConsultationAnswer answer = em.find(ConsultationAnswer.class, answerId);
    if (answer == null
        || answer.getText() == null
        || !answer.getResponse().isLive()
        || !answer.getResponse().getConsultation().getId().equals(consultationId)) {
      throw new NotFoundException("notFound.answer", answerId);
    }
    return answer;
  }

  /** An answer with the caller's coding and, once they have coded it, the others'. */
  public AnswerCoding coding(long consultationId, long answerId) {
    ConsultationAnswer answer = answer(consultationId, answerId);
    List<AnswerReview> reviews =
        em.createQuery(
                "SELECT v FROM AnswerReview v WHERE v.answer = :a ORDER BY v.coder",
                AnswerReview.class)
            .setParameter("a", answer)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "v.themes")
            .setHint("eclipselink.batch", "v.themes.theme")
            .getResultList();
    String me = caller.username();
    AnswerCoding.Mine mine = null;
    List<AnswerCoding.Other> others = new ArrayList<>();
    for (AnswerReview review : reviews) {
      List<AnswerCoding.Given> given =
          review.getThemes().stream()
              .map(
                  t ->
                      new AnswerCoding.Given(
                          t.getTheme().getId(), t.getTheme().getCode(), t.getPassage()))
              .toList();
      if (review.getCoder().equals(me)) {
        mine = new AnswerCoding.Mine(given, review.getNote(), review.getVersion());
      } else {
        others.add(new AnswerCoding.Other(review.getCoder(), given, review.getNote()));
      }
    }
    ConsultationQuestion question = answer.getQuestion();
    return new AnswerCoding(
        answerId,
        consultationId,
        question.getId(),
        question.getCode(),
        question.getTextEn(),
        question.getTextCy(),
        answer.getText(),
        mine,
        mine == null ? List.of() : others,
        next(consultationId, question.getId(), answerId));
  }

  /**
   * The next answer to the same question the caller has not coded, after this one or from the
   * start.
   */
  private Long next(long consultationId, long questionId, long afterId) {
    return em.createQuery(
            "SELECT a.id"
                + ANSWERS
                + " WHERE r.consultation.id = :c AND r.live = TRUE AND a.text IS NOT NULL"
                + " AND q.id = :q AND a.id > :after AND NOT EXISTS (SELECT v FROM AnswerReview v"
                + " WHERE v.answer = a AND v.coder = :me) ORDER BY a.id",
            Long.class)
        .setParameter("c", consultationId)
        .setParameter("q", questionId)
        .setParameter("after", afterId)
        .setParameter("me", caller.username())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Saves the caller's coding of an answer, replacing their earlier one (at the version read). */
  public AnswerCoding code(
      long consultationId, long answerId, @NotNull @Valid CodingRequest request) {
    ConsultationAnswer answer = answer(consultationId, answerId);
    Map<Long, Theme> themes = new HashMap<>();
    for (Theme theme : Theme.ofConsultation(em, consultationId)) {
      themes.put(theme.getId(), theme);
    }
    List<AnswerTheme.Terms> given = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    String text = Answers.normalise(answer.getText());
    for (CodingRequest.ThemeGiven g : request.themes()) {
      Theme theme = themes.get(g.themeId());
      if (theme == null) {
        throw new ServiceException("coding.theme.unknown");
      }
      if (!seen.add(g.themeId())) {
        continue;
      }
      String passage = Consultation.blankToNull(g.passage());
      if (passage != null && !text.contains(Answers.normalise(passage))) {
        throw new ServiceException("coding.passage.notInAnswer", theme.getCode());
      }
      given.add(new AnswerTheme.Terms(theme, passage));
    }
    String me = caller.username();
    AnswerReview review = AnswerReview.of(em, answer, me).orElse(null);
    if (review == null) {
      if (request.expectedVersion() != null) {
        throw new ConflictException("coding.stale");
      }
      review = new AnswerReview(answer, me);
      em.persist(review);
    } else if (request.expectedVersion() == null
        || request.expectedVersion() != review.getVersion()) {
      throw new ConflictException("coding.stale");
    }
    review.code(given, Consultation.blankToNull(request.note()), clock.instant());
    em.flush();
    audit.record(
        me,
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(answerId),
        null,
        given.isEmpty()
            ? "no theme fits"
            : String.join(", ", given.stream().map(t -> t.theme().getCode()).toList()));
    return coding(consultationId, answerId);
  }
}
