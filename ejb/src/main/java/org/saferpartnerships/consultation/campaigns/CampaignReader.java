package org.saferpartnerships.consultation.campaigns;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.text.NearDuplicates;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

/**
 * Reads a consultation's campaign groupings: the latest with its preview of the other thresholds,
 * its groups largest first (paged in SQL, or each question's largest for the report), how many
 * answers each question has in a group, and a group's members with what each added. Plain JDBC over
 * the tables {@link CampaignService} writes.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class CampaignReader {

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @EJB private ConsultationRepository consultations;

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
}
