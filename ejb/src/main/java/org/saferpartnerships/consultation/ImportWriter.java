package org.saferpartnerships.consultation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.platform.ConflictException;
import org.saferpartnerships.platform.DatabaseMigrator;
import org.saferpartnerships.platform.TableFormat;
import org.saferpartnerships.platform.TableReadException.Problem;

/**
 * The transactions of an import job, each its own: take the job, write a chunk of responses (not
 * yet live) with their answers, make them all live at the end, or record why nothing was stored.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWriter {

  /** What the audit log calls an import. */
  public static final String SUBJECT = "CONSULTATION_IMPORT";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;

  @EJB private AuditLog audit;

  /** What the job needs, read in its first transaction. */
  public record Job(
      long consultationId,
      String actor,
      TableFormat format,
      byte[] content,
      ConsultationShape shape,
      ImportMapping mapping) {}

  /**
   * Records the mapping of an uploaded import, remembers it by heading for the consultation's next
   * file, and queues the import for its job.
   */
  public ImportView queue(long importId, long expectedVersion, ImportMapping mapping) {
    ConsultationImport job =
        em.find(ConsultationImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
    if (job.getState() != ImportState.UPLOADED) {
      throw new ConflictException("import.notWaiting", job.getState().name());
    }
    if (job.getVersion() != expectedVersion) {
      throw new ConflictException("import.stale");
    }
    Consultation consultation = job.getConsultation();
    mapping.check(
        job.getHeadings().size(),
        consultation.getQuestions().stream()
            .map(ConsultationQuestion::getId)
            .collect(Collectors.toSet()));
    Map<String, ColumnMapEntry> known =
        em.createQuery(
                "SELECT m FROM ColumnMapEntry m WHERE m.consultation = :c", ColumnMapEntry.class)
            .setParameter("c", consultation)
            .getResultStream()
            .collect(Collectors.toMap(ColumnMapEntry::getHeading, Function.identity()));
    for (ImportMapping.Choice choice : mapping.choices()) {
      String key = ConsultationImportService.rememberKey(job.getHeadings().get(choice.column()));
      ColumnMapEntry entry = known.get(key);
      if (entry == null) {
        entry = new ColumnMapEntry(consultation, key);
        em.persist(entry);
        known.put(key, entry);
      }
      entry.set(choice.target(), choice.questionId(), clock.instant());
    }
    job.queue(mapping, clock.instant());
    em.flush();
    return ImportView.of(job, false);
  }

  /** Moves a queued import to running; null if it is not queued (another run took it). */
  public Job begin(long importId) {
    ConsultationImport job =
        em.find(ConsultationImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || job.getState() != ImportState.QUEUED) {
      return null;
    }
    // the lazy file and questions first: loading them reads the row again
    byte[] content = job.getContent();
    Consultation consultation = job.getConsultation();
    ConsultationShape shape = ConsultationShape.of(consultation);
    job.start(clock.instant());
    return new Job(
        consultation.getId(),
        job.getCreatedBy(),
        job.getFormat(),
        content,
        shape,
        job.getMapping());
  }

  public Set<String> knownReferences(long consultationId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT r.reference FROM ConsultationResponse r WHERE r.consultation.id = :c"
                    + " AND r.reference IS NOT NULL",
                String.class)
            .setParameter("c", consultationId)
            .getResultList());
  }

  /**
   * Writes a chunk of responses and their answers, not yet live, and notes the progress. The rows
   * go in JDBC batches on the transaction's own connection (with rewriteBatchedStatements on MySQL,
   * a few round trips a chunk); entities would cost a statement a row.
   */
  public void write(
      long importId,
      long consultationId,
      String actor,
      List<ResponseRowParser.ParsedResponse> chunk,
      int rowsDone) {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO consultation_response (consultation_id, reference, category_id,"
                  + " organisation_name, submitted_on, channel, import_id, source_row, live,"
                  + " created_at, created_by) VALUES (?, ?, ?, ?, ?, 'IMPORT', ?, ?, FALSE, ?, ?)")) {
        for (ResponseRowParser.ParsedResponse r : chunk) {
          insert.setLong(1, consultationId);
          insert.setString(2, r.reference());
          setLong(insert, 3, r.categoryId());
          insert.setString(4, r.organisation());
          insert.setDate(5, r.submittedOn() == null ? null : Date.valueOf(r.submittedOn()));
          insert.setLong(6, importId);
          insert.setInt(7, r.firstRow());
          insert.setTimestamp(8, now);
          insert.setString(9, actor);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      Map<Integer, Long> ids = new HashMap<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT source_row, id FROM consultation_response WHERE import_id = ?"
                  + " AND source_row BETWEEN ? AND ?")) {
        select.setLong(1, importId);
        select.setInt(2, chunk.get(0).firstRow());
        select.setInt(3, chunk.get(chunk.size() - 1).firstRow());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            ids.put(rows.getInt(1), rows.getLong(2));
          }
        }
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO consultation_answer (response_id, question_id, option_id, answer_text)"
                  + " VALUES (?, ?, ?, ?)")) {
        for (ResponseRowParser.ParsedResponse r : chunk) {
          long responseId = ids.get(r.firstRow());
          for (ResponseRowParser.ParsedAnswer a : r.answers()) {
            insert.setLong(1, responseId);
            insert.setLong(2, a.questionId());
            setLong(insert, 3, a.optionId());
            insert.setString(4, a.text());
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("writing import " + importId + " failed", e);
    }
    em.find(ConsultationImport.class, importId).progress(rowsDone, clock.instant());
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  /** Makes the import's responses live, all in one statement, and records the import as done. */
  public void complete(long importId, int added, int known) {
    ConsultationImport job =
        em.find(ConsultationImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
    em.createQuery("UPDATE ConsultationResponse r SET r.live = TRUE WHERE r.importId = :i")
        .setParameter("i", importId)
        .executeUpdate();
    Instant now = clock.instant();
    job.complete(added, known, now);
    dropContent(importId);
    audit.record(
        job.getCreatedBy(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(importId),
        null,
        "consultation "
            + job.getConsultation().getId()
            + ": "
            + job.getFileName()
            + ", "
            + added
            + " responses added, "
            + known
            + " already held");
  }

  public void reject(long importId, List<Problem> problems) {
    ConsultationImport job =
        em.find(ConsultationImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
    job.reject(problems, clock.instant());
    dropContent(importId);
  }

  private void dropContent(long importId) {
    em.flush();
    em.createQuery(ConsultationImport.DROP_CONTENT).setParameter("id", importId).executeUpdate();
  }

  /** Imports queued before a time and still not started. */
  public List<Long> waiting(Instant queuedBefore) {
    return em.createQuery(
            "SELECT i.id FROM ConsultationImport i WHERE i.state = :queued"
                + " AND i.heartbeatAt < :before",
            Long.class)
        .setParameter("queued", ImportState.QUEUED)
        .setParameter("before", queuedBefore)
        .getResultList();
  }

  /** Imports running with no progress since a time: their instance has stopped. */
  public List<Long> silent(Instant since) {
    return em.createQuery(
            "SELECT i.id FROM ConsultationImport i WHERE i.state = :running"
                + " AND i.heartbeatAt < :since",
            Long.class)
        .setParameter("running", ImportState.RUNNING)
        .setParameter("since", since)
        .getResultList();
  }

  /** Removes whatever a failed job wrote and records that it failed. */
  public void discard(long importId) {
    em.createNativeQuery(
            "DELETE FROM consultation_answer WHERE response_id IN"
                + " (SELECT id FROM consultation_response WHERE import_id = ?)")
        .setParameter(1, importId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM consultation_response WHERE import_id = ?")
        .setParameter(1, importId)
        .executeUpdate();
    ConsultationImport job =
        em.find(ConsultationImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
    if (job != null && !job.getState().finished()) {
      job.fail(clock.instant());
      dropContent(importId);
    }
  }
}
