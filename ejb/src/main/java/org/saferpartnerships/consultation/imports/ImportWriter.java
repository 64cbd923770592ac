package org.saferpartnerships.consultation.imports;

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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.coding.Theme;
import org.saferpartnerships.consultation.coding.ThemeRequest;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableReadException.Problem;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

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
    List<Theme> themes = Theme.ofConsultation(em, consultation.getId());
    mapping.check(
        job.getHeadings().size(),
        consultation.getQuestions().stream()
            .map(ConsultationQuestion::getId)
            .collect(Collectors.toSet()),
        themes.stream().map(Theme::getId).collect(Collectors.toSet()));
    mapping = mapping.withThemes(newThemes(consultation, themes, job, mapping));
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

  /**
   * Makes a theme for each theme column that names none: labelled by its heading, coded T1, T2 and
   * so on; a theme of that label already in the codebook is taken instead.
   */
  private Map<Integer, Long> newThemes(
      Consultation consultation,
      List<Theme> themes,
      ConsultationImport job,
      ImportMapping mapping) {
    Map<String, Theme> byLabel = new HashMap<>();
    Set<String> codes = new HashSet<>();
    for (Theme theme : themes) {
      byLabel.putIfAbsent(Answers.normalise(theme.getLabelEn()), theme);
      codes.add(Answers.normalise(theme.getCode()));
    }
    Map<Integer, Theme> chosen = new HashMap<>();
    Set<Long> takenIds =
        mapping.choices().stream()
            .map(ImportMapping.Choice::themeId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    int next = 1;
    for (ImportMapping.Choice choice : mapping.choices()) {
      if (choice.target() != ColumnTarget.THEME || choice.themeId() != null) {
        continue;
      }
      String heading = job.getHeadings().get(choice.column()).strip();
      String label = heading.length() > 200 ? heading.substring(0, 200) : heading;
      if (label.isEmpty()) {
        throw new ServiceException("import.mapping.themeHeading", choice.column() + 1);
      }
      Theme theme = byLabel.get(Answers.normalise(label));
      if (theme == null) {
        while (codes.contains(Answers.normalise("T" + next))) {
          next++;
        }
        String code = "T" + next;
        codes.add(Answers.normalise(code));
        theme =
            new Theme(
                consultation,
                null,
                new ThemeRequest(code, label, null, null, null, null),
                clock.instant(),
                job.getCreatedBy());
        em.persist(theme);
        byLabel.put(Answers.normalise(label), theme);
      }
      if (chosen.containsValue(theme)
          || (theme.getId() != null && takenIds.contains(theme.getId()))) {
        throw new ServiceException("import.mapping.themeTwice", choice.column() + 1);
      }
      chosen.put(choice.column(), theme);
    }
    em.flush();
    Map<Integer, Long> ids = new HashMap<>();
    chosen.forEach((column, theme) -> ids.put(column, theme.getId()));
    return ids;
  }

  /** Moves a queued import to running; null if it is not queued (another run took it). */
  public Job begin(long importId) {
    ConsultationImport job =
        em.find(ConsultationImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || job.getState() != ImportState.QUEUED) {
      return null;
    }
    // the questions first: loading them reads the row again
    Consultation consultation = job.getConsultation();
    byte[] content;
    try (Connection db = dataSource.getConnection()) {
      content = ImportFile.read(db, importId);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the file of import " + importId, e);
    }
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
      ImportRows.insertResponses(db, importId, consultationId, actor, chunk, now);
      Map<Integer, Long> ids = ImportRows.responseIds(db, importId, chunk);
      ImportRows.insertAnswers(db, chunk, ids);
      if (chunk.stream()
          .flatMap(r -> r.answers().stream())
          .anyMatch(a -> !a.themeIds().isEmpty())) {
        ImportRows.writeCoding(db, importId, actor, chunk, ids, now);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("writing import " + importId + " failed", e);
    }
    em.find(ConsultationImport.class, importId).progress(rowsDone, clock.instant());
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
    try (Connection db = dataSource.getConnection()) {
      ImportFile.drop(db, importId);
    } catch (SQLException e) {
      throw new IllegalStateException("dropping the file of import " + importId, e);
    }
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
            "DELETE FROM answer_theme WHERE review_id IN (SELECT v.id FROM answer_review v"
                + " JOIN consultation_answer a ON a.id = v.answer_id"
                + " JOIN consultation_response r ON r.id = a.response_id WHERE r.import_id = ?)")
        .setParameter(1, importId)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM answer_review WHERE answer_id IN (SELECT a.id FROM consultation_answer a"
                + " JOIN consultation_response r ON r.id = a.response_id WHERE r.import_id = ?)")
        .setParameter(1, importId)
        .executeUpdate();
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
