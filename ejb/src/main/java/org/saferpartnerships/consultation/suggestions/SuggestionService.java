package org.saferpartnerships.consultation.suggestions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.coding.AnswerReview;
import org.saferpartnerships.consultation.coding.AnswerTheme;
import org.saferpartnerships.consultation.responses.ConsultationAnswer;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Suggested themes: training them on the consultation's coding (in the background), the latest
 * training's measured quality, the suggestions waiting for a person, and accepting (the theme joins
 * the caller's coding of the answer) or rejecting one. Nothing is coded without a person.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class SuggestionService {

  /** What the audit log calls a suggestion. */
  public static final String SUBJECT = "THEME_SUGGESTION";

  /** The fewest coded answers worth training on. */
  public static final int MIN_CODED = 20;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @Inject
  @ConfigProperty(name = "sp.suggest.threshold", defaultValue = "0.3")
  private double threshold;

  @EJB private ConsultationRepository consultations;

  @EJB private SuggestionWriter writer;

  @EJB private SuggestionRunner runner;

  @EJB private AuditLog audit;

  /**
   * Starts a training in the background. Not in a transaction: the run is queued (and committed)
   * before the job starts, so that the job finds it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SuggestionRunView start(long consultationId) {
    consultations.visible(consultationId);
    long coded =
        em.createQuery(
                "SELECT COUNT(DISTINCT v.answer.id) FROM AnswerReview v"
                    + " WHERE v.answer.response.consultation.id = :c"
                    + " AND v.answer.response.live = TRUE",
                Long.class)
            .setParameter("c", consultationId)
            .getSingleResult();
    if (coded < MIN_CODED) {
      throw new ServiceException("suggest.tooFew", MIN_CODED, coded);
    }
    long runId = writer.queue(consultationId, threshold, caller.username());
    audit.record(
        caller.username(),
        AuditAction.CREATE,
        SUBJECT,
        "run " + runId,
        null,
        "consultation " + consultationId + ": trained on " + coded + " coded answers");
    runner.run(runId);
    return latest(consultationId).orElseThrow();
  }

  /** The consultation's latest training, with each theme's figures. */
  public Optional<SuggestionRunView> latest(long consultationId) {
    consultations.visible(consultationId);
    return em.createQuery(
            "SELECT s FROM SuggestionRun s WHERE s.consultationId = :c ORDER BY s.id DESC",
            SuggestionRun.class)
        .setParameter("c", consultationId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(run -> SuggestionRunView.of(run, scores(run.getId())));
  }

  private List<SuggestionRunView.ThemeScoreView> scores(long runId) {
    return em.createQuery(
            "SELECT new org.saferpartnerships.consultation.suggestions.SuggestionRunView.ThemeScoreView("
                + "t.id, t.code, t.labelEn, t.labelCy, s.support, s.truePositives,"
                + " s.falsePositives, s.falseNegatives, s.learnt)"
                + " FROM SuggestionScore s JOIN s.theme t WHERE s.runId = :r"
                + " ORDER BY s.support DESC, t.code",
            SuggestionRunView.ThemeScoreView.class)
        .setParameter("r", runId)
        .getResultList();
  }

  /**
   * The open suggestions of the latest finished training, most confident first, paged in SQL; only
   * of one theme if one is given.
   */
  public Page<SuggestionLine> open(long consultationId, Long themeId, PageRequest request) {
    consultations.visible(consultationId);
    Optional<Long> run =
        em.createQuery(
                "SELECT MAX(s.id) FROM SuggestionRun s WHERE s.consultationId = :c"
                    + " AND s.state = :done",
                Long.class)
            .setParameter("c", consultationId)
            .setParameter("done", SuggestionRun.State.DONE)
            .getResultStream()
            .filter(id -> id != null)
            .findFirst();
    if (run.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    String where =
        " FROM AnswerSuggestion s JOIN s.answer a JOIN a.question q JOIN s.theme t"
            + " WHERE s.runId = :r AND s.decision IS NULL"
            + (themeId == null ? "" : " AND t.id = :t");
    TypedQuery<SuggestionLine> page =
        em.createQuery(
            "SELECT new org.saferpartnerships.consultation.suggestions.SuggestionLine(s.id, a.id, q.code,"
                + " a.text, t.id, t.code, t.labelEn, t.labelCy, s.confidence, s.version)"
                + where
                + " ORDER BY s.confidence DESC, s.id",
            SuggestionLine.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + where, Long.class);
    page.setParameter("r", run.get());
    count.setParameter("r", run.get());
    if (themeId != null) {
      page.setParameter("t", themeId);
      count.setParameter("t", themeId);
    }
    List<SuggestionLine> items =
        page.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return new Page<>(items, count.getSingleResult());
  }

  /**
   * A person's decision on a suggestion: accepted, the theme joins their coding of the answer (made
   * if they had none); rejected, it is not suggested for that answer again.
   */
  public void decide(long consultationId, long suggestionId, boolean accept, long expectedVersion) {
    consultations.visible(consultationId);
    AnswerSuggestion suggestion = em.find(AnswerSuggestion.class, suggestionId);
    SuggestionRun run =
        suggestion == null ? null : em.find(SuggestionRun.class, suggestion.getRunId());
    if (run == null || !run.getConsultationId().equals(consultationId)) {
      throw new NotFoundException("notFound.suggestion", suggestionId);
    }
    if (suggestion.getDecision() != null) {
      throw new ConflictException("suggestion.decided");
    }
    if (suggestion.getVersion() != expectedVersion) {
      throw new ConflictException("suggestion.stale");
    }
    String me = caller.username();
    if (accept) {
      ConsultationAnswer answer = suggestion.getAnswer();
      AnswerReview review = AnswerReview.of(em, answer, me).orElse(null);
      if (review == null) {
        review = new AnswerReview(answer, me);
        em.persist(review);
      }
      List<AnswerTheme.Terms> given = new ArrayList<>();
      for (AnswerTheme kept : review.getThemes()) {
        given.add(new AnswerTheme.Terms(kept.getTheme(), kept.getPassage()));
      }
      if (given.stream().noneMatch(t -> t.theme().getId().equals(suggestion.getTheme().getId()))) {
        given.add(new AnswerTheme.Terms(suggestion.getTheme(), null));
      }
      review.code(given, review.getNote(), clock.instant());
    }
    suggestion.decide(
        accept ? AnswerSuggestion.Decision.ACCEPTED : AnswerSuggestion.Decision.REJECTED,
        me,
        clock.instant());
    em.flush();
    audit.record(
        me,
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(suggestionId),
        null,
        (accept ? "accepted " : "rejected ")
            + suggestion.getTheme().getCode()
            + " for answer "
            + suggestion.getAnswer().getId());
  }
}
