package org.saferpartnerships.consultation.suggestions;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.saferpartnerships.consultation.coding.Theme;
import org.saferpartnerships.consultation.text.MultiLabelScores;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

/**
 * The transactions of a suggestion run, each its own: queue it, take it, read the coding it learns
 * from, and record its figures and suggestions (or why it failed).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SuggestionWriter {

  /** A run older than this and not finished belongs to an instance that stopped. */
  static final Duration ABANDONED = Duration.ofMinutes(30);

  @PersistenceContext private EntityManager em;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;

  /** What a run learns from: written answers, the themes of the coded ones, and rejections. */
  public record Coding(
      Map<Long, String> texts, Map<Long, Set<Long>> themes, Set<String> rejected) {}

  /** Queues a run; refused while another of the consultation's is under way. */
  public long queue(long consultationId, double threshold, String actor) {
    Instant now = clock.instant();
    for (SuggestionRun open :
        em.createQuery(
                "SELECT s FROM SuggestionRun s WHERE s.consultationId = :c"
                    + " AND s.state IN :open",
                SuggestionRun.class)
            .setParameter("c", consultationId)
            .setParameter("open", List.of(SuggestionRun.State.QUEUED, SuggestionRun.State.RUNNING))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      if (open.getCreatedAt().isAfter(now.minus(ABANDONED))) {
        throw new ConflictException("suggest.running");
      }
      open.fail("stopped", now);
    }
    SuggestionRun run = new SuggestionRun(consultationId, threshold, actor, now);
    em.persist(run);
    em.flush();
    return run.getId();
  }

  /** Moves a queued run to running; null if it is not queued. */
  public SuggestionRun begin(long runId) {
    SuggestionRun run = em.find(SuggestionRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || run.getState() != SuggestionRun.State.QUEUED) {
      return null;
    }
    run.start();
    return run;
  }

  /**
   * The consultation's written answers and the coding of those coded: an answer coded by two
   * analysts counts with the first coder's themes (a coding with no themes says none fits).
   */
  public Coding coding(long consultationId) {
    Map<Long, String> texts = new LinkedHashMap<>();
    Map<Long, Set<Long>> themes = new HashMap<>();
    Set<String> rejected = new HashSet<>();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT a.id, a.answer_text FROM consultation_answer a"
                  + " JOIN consultation_response r ON r.id = a.response_id"
                  + " WHERE r.consultation_id = ? AND r.live = TRUE AND a.answer_text IS NOT NULL"
                  + " ORDER BY a.id")) {
        select.setLong(1, consultationId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            texts.put(rows.getLong(1), rows.getString(2));
          }
        }
      }
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT v.answer_id, v.id, t.theme_id FROM answer_review v"
                  + " JOIN consultation_answer a ON a.id = v.answer_id"
                  + " JOIN consultation_response r ON r.id = a.response_id"
                  + " LEFT JOIN answer_theme t ON t.review_id = v.id"
                  + " WHERE r.consultation_id = ? AND r.live = TRUE"
                  + " ORDER BY v.answer_id, v.id")) {
        select.setLong(1, consultationId);
        Map<Long, Long> firstReview = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            long answer = rows.getLong(1);
            long review = rows.getLong(2);
            long first = firstReview.computeIfAbsent(answer, a -> review);
            Set<Long> given = themes.computeIfAbsent(answer, a -> new TreeSet<>());
            long theme = rows.getLong(3);
            if (first == review && !rows.wasNull()) {
              given.add(theme);
            }
          }
        }
      }
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT s.answer_id, s.theme_id FROM answer_suggestion s"
                  + " JOIN suggestion_run u ON u.id = s.run_id"
                  + " WHERE u.consultation_id = ? AND s.decision = 'REJECTED'")) {
        select.setLong(1, consultationId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            rejected.add(rows.getLong(1) + ":" + rows.getLong(2));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the coding of consultation " + consultationId, e);
    }
    return new Coding(texts, themes, rejected);
  }

  /** A suggestion to store. */
  public record Suggested(long answerId, long themeId, double confidence) {}

  /** Records a run's figures, each theme's counts, and its suggestions (in JDBC batches). */
  public void finish(
      long runId,
      int coded,
      int training,
      int heldBack,
      Set<Long> learnt,
      MultiLabelScores scores,
      MultiLabelScores baseline,
      long trainingMs,
      List<Suggested> suggestions) {
    SuggestionRun run = em.find(SuggestionRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    Set<Long> scored = new HashSet<>();
    for (MultiLabelScores.ThemeScore score : scores.themes()) {
      scored.add(score.themeId());
      em.persist(
          new SuggestionScore(
              runId,
              em.getReference(Theme.class, score.themeId()),
              score.support(),
              score.truePositives(),
              score.falsePositives(),
              score.falseNegatives(),
              learnt.contains(score.themeId())));
    }
    for (Long theme : learnt) {
      if (!scored.contains(theme)) {
        // learnt but not among the answers held back: nothing to measure it on
        em.persist(
            new SuggestionScore(runId, em.getReference(Theme.class, theme), 0, 0, 0, 0, true));
      }
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO answer_suggestion (run_id, answer_id, theme_id, confidence, version)"
                    + " VALUES (?, ?, ?, ?, 1)")) {
      int pending = 0;
      for (Suggested s : suggestions) {
        insert.setLong(1, runId);
        insert.setLong(2, s.answerId());
        insert.setLong(3, s.themeId());
        insert.setDouble(4, s.confidence());
        insert.addBatch();
        if (++pending == 5_000) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("writing the suggestions of run " + runId, e);
    }
    run.finish(
        coded,
        training,
        heldBack,
        learnt.size(),
        scores,
        baseline,
        trainingMs,
        suggestions.size(),
        clock.instant());
  }

  public void fail(long runId, String why) {
    SuggestionRun run = em.find(SuggestionRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run != null && !run.getState().finished()) {
      run.fail(why, clock.instant());
    }
  }
}
