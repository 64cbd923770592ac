package org.saferpartnerships.consultation.campaigns;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.text.NearDuplicates;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

/**
 * Campaigns and near-duplicates: grouping a consultation's written answers at a threshold an
 * analyst chooses (the latest grouping replaces the one before, with what every other threshold
 * would have made beside it), and its groups and their members with what each added. Grouping
 * changes no answer and no count: every submission is still counted.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class CampaignService {

  /** What the audit log calls a grouping. */
  public static final String SUBJECT = "CAMPAIGN_GROUPING";

  private static final int BATCH = 5_000;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @Inject
  @ConfigProperty(name = "sp.campaign.threshold", defaultValue = "0.5")
  private double defaultThreshold;

  @Inject
  @ConfigProperty(name = "sp.campaign.minWords", defaultValue = "8")
  private int minWords;

  @EJB private ConsultationRepository consultations;

  @EJB private AuditLog audit;

  /** The threshold a grouping takes when the analyst names none. */
  public double defaultThreshold() {
    return defaultThreshold;
  }

  /**
   * Groups the consultation's written answers at {@code threshold} (the configured one if null),
   * replacing its earlier grouping; refused, changing nothing, if the threshold is out of range.
   */
  public CampaignRunView group(long consultationId, Double threshold) {
    consultations.visible(consultationId);
    double chosen = threshold == null ? defaultThreshold : threshold;
    if (Double.isNaN(chosen) || chosen < NearDuplicates.LOWEST || chosen > 1.0) {
      throw new ServiceException("campaign.threshold", NearDuplicates.LOWEST);
    }
    String me = caller.username();
    Instant now = clock.instant();
    CampaignRunView view;
    try (Connection db = dataSource.getConnection()) {
      lock(db, consultationId);
      List<NearDuplicates.Text> texts = texts(db, consultationId);
      long start = System.nanoTime();
      NearDuplicates.Result result = NearDuplicates.group(texts, chosen, minWords);
      long millis = (System.nanoTime() - start) / 1_000_000;
      forget(db, consultationId);
      long runId = insertRun(db, consultationId, result, millis, me, now);
      insertLevels(db, runId, result.levels());
      insertGroups(db, runId, result.groups());
      view =
          new CampaignRunView(
              runId,
              chosen,
              minWords,
              result.answers(),
              result.considered(),
              result.groups().size(),
              result.grouped(),
              result.pairsCompared(),
              result.allPairs(),
              millis,
              me,
              now,
              result.levels());
    } catch (SQLException e) {
      throw new IllegalStateException("grouping consultation " + consultationId, e);
    }
    audit.record(
        me,
        AuditAction.CREATE,
        SUBJECT,
        "consultation " + consultationId,
        null,
        String.format(
            java.util.Locale.ROOT,
            "threshold %.2f: %d groups holding %d of %d answers",
            chosen,
            view.groups(),
            view.grouped(),
            view.considered()));
    return view;
  }

  /** The consultation's latest grouping, with its preview of the other thresholds. */
  public Optional<CampaignRunView> latest(long consultationId) {
    consultations.visible(consultationId);
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT id, threshold, min_words, answers, considered, group_count, grouped,"
                    + " pairs_compared, millis, run_by, created_at FROM campaign_run"
                    + " WHERE consultation_id = ? ORDER BY id DESC")) {
      select.setLong(1, consultationId);
      select.setMaxRows(1);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long runId = row.getLong(1);
        int considered = row.getInt(5);
        return Optional.of(
            new CampaignRunView(
                runId,
                row.getDouble(2),
                row.getInt(3),
                row.getInt(4),
                considered,
                row.getInt(6),
                row.getInt(7),
                row.getLong(8),
                (long) considered * (considered - 1) / 2,
                row.getLong(9),
                row.getString(10),
                row.getTimestamp(11).toInstant(),
                levels(db, runId)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the grouping of " + consultationId, e);
    }
  }

  /** The latest grouping's groups, largest first, paged in SQL; of one question if given. */
  public Page<CampaignGroupLine> groups(long consultationId, Long questionId, PageRequest request) {
    Optional<CampaignRunView> run = latest(consultationId);
    if (run.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    String where = " WHERE g.run_id = ?" + (questionId == null ? "" : " AND g.question_id = ?");
    try (Connection db = dataSource.getConnection()) {
      long total;
      try (PreparedStatement count =
          db.prepareStatement("SELECT COUNT(*) FROM campaign_group g" + where)) {
        bind(count, run.get().id(), questionId);
        try (ResultSet row = count.executeQuery()) {
          row.next();
          total = row.getLong(1);
        }
      }
      List<CampaignGroupLine> items = new ArrayList<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT g.id, g.question_id, q.code, g.size, g.template_answer_id, a.answer_text"
                  + " FROM campaign_group g"
                  + " JOIN consultation_question q ON q.id = g.question_id"
                  + " JOIN consultation_answer a ON a.id = g.template_answer_id"
                  + where
                  + " ORDER BY g.size DESC, g.id LIMIT ? OFFSET ?")) {
        int next = bind(select, run.get().id(), questionId);
        select.setInt(next, request.size());
        select.setInt(next + 1, request.offset());
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            items.add(groupLine(row));
          }
        }
      }
      return new Page<>(items, total);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the groups of " + consultationId, e);
    }
  }

  /**
   * Each question's largest groups of the latest grouping (up to {@code most}, largest first) with
   * how many groups it has, for the report: two queries, whatever the number of questions.
   */
  public Map<Long, Page<CampaignGroupLine>> largestGroups(long consultationId, int most) {
    Optional<CampaignRunView> run = latest(consultationId);
    Map<Long, Page<CampaignGroupLine>> largest = new HashMap<>();
    if (run.isEmpty()) {
      return largest;
    }
    try (Connection db = dataSource.getConnection()) {
      Map<Long, Long> totals = new HashMap<>();
      try (PreparedStatement count =
          db.prepareStatement(
              "SELECT g.question_id, COUNT(*) FROM campaign_group g WHERE g.run_id = ?"
                  + " GROUP BY g.question_id")) {
        count.setLong(1, run.get().id());
        try (ResultSet row = count.executeQuery()) {
          while (row.next()) {
            totals.put(row.getLong(1), row.getLong(2));
          }
        }
      }
      Map<Long, List<CampaignGroupLine>> items = new HashMap<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT g.id, g.question_id, q.code, g.size, g.template_answer_id, a.answer_text"
                  + " FROM (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.question_id"
                  + " ORDER BY c.size DESC, c.id) AS place FROM campaign_group c"
                  + " WHERE c.run_id = ?) g"
                  + " JOIN consultation_question q ON q.id = g.question_id"
                  + " JOIN consultation_answer a ON a.id = g.template_answer_id"
                  + " WHERE g.place <= ? ORDER BY g.question_id, g.size DESC, g.id")) {
        select.setLong(1, run.get().id());
        select.setInt(2, most);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            CampaignGroupLine line = groupLine(row);
            items.computeIfAbsent(line.questionId(), q -> new ArrayList<>()).add(line);
          }
        }
      }
      totals.forEach(
          (question, total) ->
              largest.put(question, new Page<>(items.getOrDefault(question, List.of()), total)));
      return largest;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the largest groups of " + consultationId, e);
    }
  }

  /** A group as both group queries select it: id, question, its code, size, template. */
  private static CampaignGroupLine groupLine(ResultSet row) throws SQLException {
    return new CampaignGroupLine(
        row.getLong(1),
        row.getLong(2),
        row.getString(3),
        row.getInt(4),
        row.getLong(5),
        row.getString(6));
  }

  /** How many answers to each question are in a group of the latest grouping (absent: none). */
  public Map<Long, Long> groupedAnswers(long consultationId) {
    consultations.visible(consultationId);
    Map<Long, Long> grouped = new HashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement sum =
            db.prepareStatement(
                "SELECT g.question_id, SUM(g.size) FROM campaign_group g"
                    + " JOIN campaign_run r ON r.id = g.run_id"
                    + " WHERE r.consultation_id = ? GROUP BY g.question_id")) {
      sum.setLong(1, consultationId);
      try (ResultSet row = sum.executeQuery()) {
        while (row.next()) {
          grouped.put(row.getLong(1), row.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting the grouped answers of " + consultationId, e);
    }
    return grouped;
  }

  /**
   * A group's members, the template first, each with what it added marked; paged in SQL. Not found
   * unless the group is of the consultation's latest grouping.
   */
  public Page<CampaignMemberLine> members(long consultationId, long groupId, PageRequest request) {
    consultations.visible(consultationId);
    try (Connection db = dataSource.getConnection()) {
      int size;
      try (PreparedStatement group =
          db.prepareStatement(
              "SELECT g.size FROM campaign_group g JOIN campaign_run r ON r.id = g.run_id"
                  + " WHERE g.id = ? AND r.consultation_id = ?")) {
        group.setLong(1, groupId);
        group.setLong(2, consultationId);
        try (ResultSet row = group.executeQuery()) {
          if (!row.next()) {
            throw new NotFoundException("notFound.campaignGroup", groupId);
          }
          size = row.getInt(1);
        }
      }
      List<CampaignMemberLine> items = new ArrayList<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT m.answer_id, m.answer_id = g.template_answer_id, m.similarity,"
                  + " a.answer_text, m.added FROM campaign_member m"
                  + " JOIN campaign_group g ON g.id = m.group_id"
                  + " JOIN consultation_answer a ON a.id = m.answer_id"
                  + " WHERE m.group_id = ?"
                  + " ORDER BY CASE WHEN m.answer_id = g.template_answer_id THEN 0 ELSE 1 END,"
                  + " m.answer_id LIMIT ? OFFSET ?")) {
        select.setLong(1, groupId);
        select.setInt(2, request.size());
        select.setInt(3, request.offset());
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            String text = row.getString(4);
            items.add(
                new CampaignMemberLine(
                    row.getLong(1),
                    row.getBoolean(2),
                    row.getDouble(3),
                    text,
                    CampaignMemberLine.pieces(text, row.getString(5))));
          }
        }
      }
      return new Page<>(items, size);
    } catch (SQLException e) {
      throw new IllegalStateException("reading group " + groupId, e);
    }
  }

  private static int bind(PreparedStatement statement, long runId, Long questionId)
      throws SQLException {
    statement.setLong(1, runId);
    if (questionId == null) {
      return 2;
    }
    statement.setLong(2, questionId);
    return 3;
  }

  /** Two groupings of one consultation at once would interleave their rows: one waits. */
  private static void lock(Connection db, long consultationId) throws SQLException {
    try (PreparedStatement lock =
        db.prepareStatement("SELECT id FROM consultation WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, consultationId);
      lock.executeQuery().close();
    }
  }

  private static List<NearDuplicates.Text> texts(Connection db, long consultationId)
      throws SQLException {
    List<NearDuplicates.Text> texts = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT a.id, a.question_id, a.answer_text FROM consultation_answer a"
                + " JOIN consultation_response r ON r.id = a.response_id"
                + " WHERE r.consultation_id = ? AND r.live = TRUE AND a.answer_text IS NOT NULL"
                + " ORDER BY a.id")) {
      select.setLong(1, consultationId);
      select.setFetchSize(BATCH);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          texts.add(new NearDuplicates.Text(rows.getLong(1), rows.getLong(2), rows.getString(3)));
        }
      }
    }
    return texts;
  }

  /** The consultation's earlier groupings: only the latest is kept (the audit log has them all). */
  private static void forget(Connection db, long consultationId) throws SQLException {
    String runs = "SELECT r.id FROM campaign_run r WHERE r.consultation_id = ?";
    for (String delete :
        List.of(
            "DELETE FROM campaign_member WHERE group_id IN"
                + " (SELECT g.id FROM campaign_group g WHERE g.run_id IN ("
                + runs
                + "))",
            "DELETE FROM campaign_group WHERE run_id IN (" + runs + ")",
            "DELETE FROM campaign_level WHERE run_id IN (" + runs + ")",
            "DELETE FROM campaign_run WHERE consultation_id = ?")) {
      try (PreparedStatement statement = db.prepareStatement(delete)) {
        statement.setLong(1, consultationId);
        statement.executeUpdate();
      }
    }
  }

  private long insertRun(
      Connection db,
      long consultationId,
      NearDuplicates.Result result,
      long millis,
      String me,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO campaign_run (consultation_id, threshold, min_words, answers, considered,"
                + " group_count, grouped, pairs_compared, millis, run_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, consultationId);
      insert.setDouble(2, result.threshold());
      insert.setInt(3, minWords);
      insert.setInt(4, result.answers());
      insert.setInt(5, result.considered());
      insert.setInt(6, result.groups().size());
      insert.setInt(7, result.grouped());
      insert.setLong(8, result.pairsCompared());
      insert.setLong(9, millis);
      insert.setString(10, me);
      insert.setTimestamp(11, Timestamp.from(now));
      insert.executeUpdate();
      return generatedKey(insert);
    }
  }

  private static void insertLevels(Connection db, long runId, List<NearDuplicates.Level> levels)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO campaign_level (run_id, threshold, group_count, grouped)"
                + " VALUES (?, ?, ?, ?)")) {
      for (NearDuplicates.Level level : levels) {
        insert.setLong(1, runId);
        insert.setDouble(2, level.threshold());
        insert.setInt(3, level.groups());
        insert.setInt(4, level.grouped());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertGroups(Connection db, long runId, List<NearDuplicates.Group> groups)
      throws SQLException {
    try (PreparedStatement group =
            db.prepareStatement(
                "INSERT INTO campaign_group (run_id, question_id, template_answer_id, size)"
                    + " VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement member =
            db.prepareStatement(
                "INSERT INTO campaign_member (group_id, answer_id, similarity, added)"
                    + " VALUES (?, ?, ?, ?)")) {
      int pending = 0;
      for (NearDuplicates.Group g : groups) {
        group.setLong(1, runId);
        group.setLong(2, g.questionId());
        group.setLong(3, g.templateId());
        group.setInt(4, g.size());
        group.executeUpdate();
        long groupId = generatedKey(group);
        for (NearDuplicates.Member m : g.members()) {
          member.setLong(1, groupId);
          member.setLong(2, m.answerId());
          member.setDouble(3, m.similarity());
          member.setString(
              4,
              m.added().isEmpty()
                  ? null
                  : m.added().stream()
                      .map(span -> span.start() + "-" + span.end())
                      .collect(Collectors.joining(",")));
          member.addBatch();
          if (++pending == BATCH) {
            member.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        member.executeBatch();
      }
    }
  }

  private static List<NearDuplicates.Level> levels(Connection db, long runId) throws SQLException {
    List<NearDuplicates.Level> levels = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT threshold, group_count, grouped FROM campaign_level WHERE run_id = ?"
                + " ORDER BY threshold")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          levels.add(new NearDuplicates.Level(row.getDouble(1), row.getInt(2), row.getInt(3)));
        }
      }
    }
    return levels;
  }

  private static long generatedKey(PreparedStatement insert) throws SQLException {
    try (ResultSet key = insert.getGeneratedKeys()) {
      key.next();
      return key.getLong(1);
    }
  }
}
