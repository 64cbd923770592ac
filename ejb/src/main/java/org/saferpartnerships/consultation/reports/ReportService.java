package org.saferpartnerships.consultation.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.campaigns.CampaignGroupLine;
import org.saferpartnerships.consultation.campaigns.CampaignReader;
import org.saferpartnerships.consultation.coding.Theme;
import org.saferpartnerships.consultation.followups.FollowUpLine;
import org.saferpartnerships.consultation.followups.FollowUpService;
import org.saferpartnerships.consultation.text.Anonymiser;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.persistence.Page;

/**
 * Puts a consultation's summary report together: the tallies, each free-text question's themes
 * (answers given each, by anyone coding, over the question's coded answers), the passages analysts
 * marked as quotes with what identifies a person taken out, the largest campaign groups, and the
 * follow-ups raised from each theme. Counted in SQL, a handful of queries whatever the size.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class ReportService {

  /** Quotes shown for a theme. */
  public static final int QUOTES = 3;

  /** Campaign groups shown for a question. */
  public static final int GROUPS = 5;

  private static final String LIVE_ANSWERS =
      " WHERE a.response.consultation.id = :c AND a.response.live = TRUE";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private ConsultationService consultations;

  @EJB private TallyService tallies;

  @EJB private CampaignReader campaigns;

  @EJB private FollowUpService followUps;

  public ConsultationReport report(long consultationId) {
    ConsultationView consultation = consultations.view(consultationId);
    Map<Long, Tallies.QuestionTally> tallied =
        tallies.tallies(consultationId).questions().stream()
            .collect(Collectors.toMap(Tallies.QuestionTally::questionId, Function.identity()));
    Map<Long, Long> answered =
        counts(
            "SELECT a.question.id, COUNT(a) FROM ConsultationAnswer a"
                + LIVE_ANSWERS
                + " AND a.text IS NOT NULL GROUP BY a.question.id",
            consultationId);
    Map<Long, Long> coded =
        counts(
            "SELECT a.question.id, COUNT(DISTINCT a.id) FROM AnswerReview v JOIN v.answer a"
                + LIVE_ANSWERS
                + " GROUP BY a.question.id",
            consultationId);
    Map<Long, List<ConsultationReport.ThemeCount>> themes = themeCounts(consultationId, coded);
    Map<Long, Long> grouped = campaigns.groupedAnswers(consultationId);
    Map<Long, Page<CampaignGroupLine>> largest = campaigns.largestGroups(consultationId, GROUPS);
    List<ConsultationReport.QuestionReport> questions = new ArrayList<>();
    for (ConsultationView.QuestionView q : consultation.questions()) {
      List<ConsultationReport.ThemeCount> given = themes.getOrDefault(q.id(), new ArrayList<>());
      given.sort(
          Comparator.comparingLong(ConsultationReport.ThemeCount::answers)
              .reversed()
              .thenComparing(ConsultationReport.ThemeCount::code));
      Page<CampaignGroupLine> groups = largest.getOrDefault(q.id(), new Page<>(List.of(), 0));
      questions.add(
          new ConsultationReport.QuestionReport(
              q.id(),
              q.code(),
              q.textEn(),
              q.textCy(),
              q.kind(),
              tallied.get(q.id()),
              answered.getOrDefault(q.id(), 0L),
              coded.getOrDefault(q.id(), 0L),
              given,
              groups.total(),
              grouped.getOrDefault(q.id(), 0L),
              groups.items().stream().map(ReportService::anonymised).toList()));
    }
    return new ConsultationReport(
        consultation,
        consultation.responses(),
        campaigns.latest(consultationId).orElse(null),
        questions,
        clock.instant());
  }

  /** A campaign group as the report shows it: its template answer anonymised. */
  private static CampaignGroupLine anonymised(CampaignGroupLine g) {
    return new CampaignGroupLine(
        g.id(),
        g.questionId(),
        g.questionCode(),
        g.size(),
        g.templateAnswerId(),
        Anonymiser.anonymise(g.templateText()));
  }

  /** Each question's themes with their answers, share of the coded, quotes and follow-ups. */
  private Map<Long, List<ConsultationReport.ThemeCount>> themeCounts(
      long consultationId, Map<Long, Long> coded) {
    Map<Long, Theme> codebook = new HashMap<>();
    Theme.ofConsultation(em, consultationId).forEach(t -> codebook.put(t.getId(), t));
    Map<Long, List<FollowUpLine>> raised =
        followUps.ofConsultation(consultationId).stream()
            .collect(Collectors.groupingBy(FollowUpLine::themeId));
    Map<String, Set<String>> quotes = quotes(consultationId);
    Map<Long, List<ConsultationReport.ThemeCount>> themes = new HashMap<>();
    for (ThemeTally row :
        em.createQuery(
                "SELECT NEW org.saferpartnerships.consultation.reports.ThemeTally(a.question.id,"
                    + " t.theme.id, COUNT(DISTINCT a.id)) FROM AnswerTheme t"
                    + " JOIN t.review v JOIN v.answer a"
                    + LIVE_ANSWERS
                    + " GROUP BY a.question.id, t.theme.id",
                ThemeTally.class)
            .setParameter("c", consultationId)
            .getResultList()) {
      Theme theme = codebook.get(row.themeId());
      themes
          .computeIfAbsent(row.questionId(), q -> new ArrayList<>())
          .add(
              new ConsultationReport.ThemeCount(
                  theme.getId(),
                  theme.getCode(),
                  theme.getLabelEn(),
                  theme.getLabelCy(),
                  row.answers(),
                  Tallies.percent(row.answers(), coded.getOrDefault(row.questionId(), 0L)),
                  List.copyOf(
                      quotes.getOrDefault(row.questionId() + ":" + theme.getId(), Set.of())),
                  raised.getOrDefault(theme.getId(), List.of())));
    }
    return themes;
  }

  private Map<Long, Long> counts(String query, long consultationId) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(query, Object[].class).setParameter("c", consultationId).getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** Up to {@value #QUOTES} different marked passages per question and theme, anonymised. */
  private Map<String, Set<String>> quotes(long consultationId) {
    Map<String, Set<String>> quotes = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT a.question.id, t.theme.id, t.passage FROM AnswerTheme t"
                    + " JOIN t.review v JOIN v.answer a"
                    + LIVE_ANSWERS
                    + " AND t.passage IS NOT NULL ORDER BY t.id",
                Object[].class)
            .setParameter("c", consultationId)
            .getResultList()) {
      Set<String> kept = quotes.computeIfAbsent(row[0] + ":" + row[1], k -> new LinkedHashSet<>());
      if (kept.size() < QUOTES) {
        kept.add(Anonymiser.anonymise((String) row[2]));
      }
    }
    return quotes;
  }
}
