package org.saferpartnerships.consultation.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.coding.Theme;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.Sha256;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableReader;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

/**
 * Importing responses from a file: upload (the file is read whole and refused at once if it is not
 * a table: wrong encoding, ragged rows, too big), match its columns to questions (remembered for
 * the next file), then start the background job ({@link ImportRunner}) and follow its progress. The
 * same file twice adds nothing: a file already imported or on its way in is refused by its SHA-256.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class ConsultationImportService {

  /** Responses in one file at most. */
  public static final int MAX_ROWS = 200_000;

  private static final int SAMPLES = 3;
  private static final int SAMPLE_LENGTH = 80;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @Inject
  @ConfigProperty(name = "sp.import.max-bytes", defaultValue = "52428800")
  private long maxBytes;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @EJB private ConsultationRepository consultations;

  @EJB private ImportRunner runner;

  @EJB private ImportWriter writer;

  public long maxBytes() {
    return maxBytes;
  }

  public ImportView upload(long consultationId, String fileName, byte[] content) {
    Consultation consultation = consultations.visible(consultationId);
    if (content == null || content.length == 0) {
      throw new ServiceException("table.empty");
    }
    if (content.length > maxBytes) {
      throw new ServiceException("import.tooBig", maxBytes / (1024 * 1024));
    }
    String name = fileName == null || fileName.isBlank() ? "responses.csv" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    int dot = name.lastIndexOf('.');
    TableFormat format = dot < 0 ? null : TableFormat.byExtension(name.substring(dot + 1));
    if (format == null) {
      throw new ServiceException("import.format", name);
    }
    String sha256 = sha256(content);
    refuseRepeat(consultationId, sha256);
    TableReader.Table table = TableReader.read(format, content, MAX_ROWS);
    if (table.rows().isEmpty()) {
      throw new ServiceException("import.noRows");
    }
    ConsultationImport job =
        new ConsultationImport(
            consultation,
            name,
            format,
            sha256,
            content.length,
            table.headings(),
            samples(table),
            table.rows().size(),
            clock.instant(),
            caller.username());
    em.persist(job);
    em.flush();
    try (Connection db = dataSource.getConnection()) {
      ImportFile.store(db, job.getId(), gzip(content));
    } catch (SQLException e) {
      throw new IllegalStateException("storing the file of import " + job.getId(), e);
    }
    return ImportView.of(job, false);
  }

  private void refuseRepeat(long consultationId, String sha256) {
    List<ConsultationImport> same =
        em.createQuery(
                "SELECT i FROM ConsultationImport i WHERE i.consultation.id = :c"
                    + " AND i.sha256 = :sha AND i.state IN :states ORDER BY i.id",
                ConsultationImport.class)
            .setParameter("c", consultationId)
            .setParameter("sha", sha256)
            .setParameter(
                "states",
                Set.of(
                    ImportState.UPLOADED,
                    ImportState.QUEUED,
                    ImportState.RUNNING,
                    ImportState.COMPLETED))
            .getResultList();
    for (ConsultationImport earlier : same) {
      if (earlier.getState() == ImportState.COMPLETED) {
        throw new ConflictException(
            "import.repeat",
            earlier.getFileName(),
            earlier.getFinishedAt().atZone(ZoneId.of("Europe/London")).toLocalDate(),
            earlier.getResponsesAdded());
      }
      throw new ConflictException("import.repeatPending", earlier.getFileName(), earlier.getId());
    }
  }

  private static List<List<String>> samples(TableReader.Table table) {
    List<List<String>> samples = new ArrayList<>();
    for (int c = 0; c < table.headings().size(); c++) {
      List<String> values = new ArrayList<>();
      for (TableReader.Row row : table.rows()) {
        String cell = row.cells().get(c).replaceAll("[\\u0000-\\u001f]+", " ").strip();
        if (!cell.isEmpty() && !values.contains(cell)) {
          values.add(cell.length() > SAMPLE_LENGTH ? cell.substring(0, SAMPLE_LENGTH) + "…" : cell);
          if (values.size() == SAMPLES) {
            break;
          }
        }
      }
      samples.add(values);
    }
    return samples;
  }

  public ImportView status(long consultationId, long importId) {
    return ImportView.of(find(consultationId, importId), true);
  }

  public List<ImportView> imports(long consultationId) {
    consultations.visible(consultationId);
    return em.createQuery(
            "SELECT i FROM ConsultationImport i WHERE i.consultation.id = :c ORDER BY i.id DESC",
            ConsultationImport.class)
        .setParameter("c", consultationId)
        .setMaxResults(50)
        .getResultStream()
        .map(i -> ImportView.of(i, false))
        .toList();
  }

  /**
   * The caller's imports not yet finished (waiting for their columns, queued or running), newest
   * first, of the consultations their organisations own (every one for an administrator): the home
   * page lists them.
   */
  public List<ImportView> unfinished() {
    org.saferpartnerships.identity.Scope scope = caller.get();
    boolean all = scope.has(Role.ADMIN);
    if (!all && scope.organisationIds().isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
                "SELECT i FROM ConsultationImport i WHERE i.state IN :states"
                    + (all ? "" : " AND i.consultation.owner.id IN :owners")
                    + " ORDER BY i.id DESC",
                ConsultationImport.class)
            .setParameter(
                "states",
                java.util.EnumSet.of(
                    ImportState.UPLOADED, ImportState.QUEUED, ImportState.RUNNING));
    if (!all) {
      query.setParameter("owners", scope.organisationIds());
    }
    return query.setMaxResults(10).getResultStream().map(i -> ImportView.of(i, false)).toList();
  }

  private ConsultationImport find(long consultationId, long importId) {
    consultations.visible(consultationId);
    ConsultationImport job = em.find(ConsultationImport.class, importId);
    if (job == null || !job.getConsultation().getId().equals(consultationId)) {
      throw new NotFoundException("notFound.import", importId);
    }
    return job;
  }

  /** The file's columns with what each is taken to hold, for the analyst to confirm or change. */
  public MappingProposal proposal(long consultationId, long importId) {
    ConsultationImport job = find(consultationId, importId);
    Consultation consultation = job.getConsultation();
    Map<String, ColumnMapEntry> remembered =
        em.createQuery(
                "SELECT m FROM ColumnMapEntry m WHERE m.consultation = :c", ColumnMapEntry.class)
            .setParameter("c", consultation)
            .getResultStream()
            .collect(Collectors.toMap(ColumnMapEntry::getHeading, Function.identity()));
    Set<Long> questionIds =
        consultation.getQuestions().stream()
            .map(ConsultationQuestion::getId)
            .collect(Collectors.toSet());
    List<String> headings = job.getHeadings();
    List<List<String>> samples = job.getSamples();
    Map<String, Long> themes = new HashMap<>();
    for (Theme theme : Theme.ofConsultation(em, consultation.getId())) {
      themes.putIfAbsent(Answers.normalise(theme.getLabelEn()), theme.getId());
      themes.putIfAbsent(Answers.normalise(theme.getCode()), theme.getId());
    }
    List<MappingProposal.Column> columns = new ArrayList<>();
    for (int c = 0; c < headings.size(); c++) {
      String heading = headings.get(c);
      ColumnMapEntry known = remembered.get(rememberKey(heading));
      ColumnTarget target;
      Long questionId = null;
      Long themeId = null;
      boolean fromMemory = false;
      if (known != null
          && (known.getQuestionId() == null || questionIds.contains(known.getQuestionId()))) {
        target = known.getTarget();
        questionId = known.getQuestionId();
        fromMemory = true;
      } else {
        ConsultationQuestion question = questionNamed(consultation, heading);
        if (question != null) {
          target = ColumnTarget.QUESTION;
          questionId = question.getId();
        } else {
          target = ColumnGuess.of(heading);
          if (target == ColumnTarget.IGNORE
              && c < samples.size()
              && ColumnGuess.marks(samples.get(c))) {
            target = ColumnTarget.THEME;
          }
        }
      }
      if (target == ColumnTarget.THEME) {
        themeId = themes.get(Answers.normalise(heading));
      }
      columns.add(
          new MappingProposal.Column(
              c,
              TableReader.column(c),
              heading,
              c < samples.size() ? samples.get(c) : List.of(),
              target,
              questionId,
              themeId,
              fromMemory));
    }
    // a target used by two columns keeps the first; the analyst can change it
    return new MappingProposal(ImportView.of(job, false), ColumnGuess.firstOnly(columns));
  }

  private static ConsultationQuestion questionNamed(Consultation consultation, String heading) {
    String wanted = Answers.normalise(heading);
    return consultation.getQuestions().stream()
        .filter(
            q ->
                Answers.normalise(q.getCode()).equals(wanted)
                    || Answers.normalise(q.getTextEn()).equals(wanted)
                    || (q.getTextCy() != null && Answers.normalise(q.getTextCy()).equals(wanted)))
        .findFirst()
        .orElse(null);
  }

  static String rememberKey(String heading) {
    String key = Answers.normalise(heading);
    return key.length() > 300 ? key.substring(0, 300) : key;
  }

  /**
   * Starts the import with the mapping chosen, which is remembered for the consultation's next
   * file. The mapping is recorded in a transaction of its own, so that the background job, started
   * next, finds the import queued; {@link #status} follows it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView start(
      long consultationId, long importId, long expectedVersion, ImportMapping mapping) {
    find(consultationId, importId);
    ImportView queued = writer.queue(importId, expectedVersion, mapping);
    runner.run(importId);
    return queued;
  }

  /** Sets aside a file that has not been started. */
  public ImportView cancel(long consultationId, long importId) {
    ConsultationImport job = find(consultationId, importId);
    if (job.getState() != ImportState.UPLOADED) {
      throw new ConflictException("import.notWaiting", job.getState().name());
    }
    job.cancel(clock.instant());
    em.flush();
    try (Connection db = dataSource.getConnection()) {
      ImportFile.drop(db, importId);
    } catch (SQLException e) {
      throw new IllegalStateException("dropping the file of import " + importId, e);
    }
    return ImportView.of(job, false);
  }

  static String sha256(byte[] content) {
    return Sha256.hex(content);
  }

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
