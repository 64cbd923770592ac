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
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.text.NearDuplicates;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

/**
 * Campaigns and near-duplicates: grouping a consultation's written answers at a threshold an
 * analyst chooses (the latest grouping replaces the one before, with what every other threshold
 * would have made beside it). Grouping changes no answer and no count: every submission is still
 * counted. {@link CampaignReader} reads the groupings.
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

  private static long generatedKey(PreparedStatement insert) throws SQLException {
    try (ResultSet key = insert.getGeneratedKeys()) {
      key.next();
      return key.getLong(1);
    }
  }
}
