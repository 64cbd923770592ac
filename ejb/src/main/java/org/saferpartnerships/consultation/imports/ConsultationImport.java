package org.saferpartnerships.consultation.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableReadException.Problem;

/**
 * A file of responses on its way in: the file itself (gzipped, dropped once the import ends), its
 * headings, the mapping chosen, the progress of the background job and how it ended.
 */
@Entity
@Table(name = "consultation_import")
public class ConsultationImport {

  private static final String HEADING_SEPARATOR = "\u001f";
  private static final String SAMPLE_SEPARATOR = "\u001e";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_format", nullable = false, updatable = false)
  private TableFormat format;

  @Column(name = "file_sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "file_size", nullable = false, updatable = false)
  private long size;

  @Column(name = "headings", nullable = false, updatable = false)
  private String headings;

  @Column(name = "samples", nullable = false, updatable = false)
  private String samples;

  @Column(name = "row_count", nullable = false, updatable = false)
  private int rowCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private ImportState state;

  @Column(name = "mapping")
  private String mapping;

  @Column(name = "rows_done", nullable = false)
  private int rowsDone;

  @Column(name = "responses_added", nullable = false)
  private int responsesAdded;

  @Column(name = "responses_known", nullable = false)
  private int responsesKnown;

  @Column(name = "problems")
  private String problems;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ConsultationImport() {}

  ConsultationImport(
      Consultation consultation,
      String fileName,
      TableFormat format,
      String sha256,
      long size,
      List<String> headings,
      List<List<String>> samples,
      int rowCount,
      Instant at,
      String by) {
    this.consultation = consultation;
    this.fileName = fileName;
    this.format = format;
    this.sha256 = sha256;
    this.size = size;
    this.headings = String.join(HEADING_SEPARATOR, headings);
    this.samples =
        String.join(
            HEADING_SEPARATOR,
            samples.stream().map(values -> String.join(SAMPLE_SEPARATOR, values)).toList());
    this.rowCount = rowCount;
    this.state = ImportState.UPLOADED;
    this.createdAt = at;
    this.createdBy = by;
  }

  void queue(ImportMapping chosen, Instant at) {
    this.mapping = chosen.format();
    this.state = ImportState.QUEUED;
    this.heartbeatAt = at;
  }

  void start(Instant at) {
    this.state = ImportState.RUNNING;
    this.startedAt = at;
    this.heartbeatAt = at;
    this.rowsDone = 0;
  }

  void progress(int rows, Instant at) {
    this.rowsDone = rows;
    this.heartbeatAt = at;
  }

  void complete(int added, int known, Instant at) {
    this.state = ImportState.COMPLETED;
    this.responsesAdded = added;
    this.responsesKnown = known;
    this.rowsDone = rowCount;
    end(at);
  }

  void reject(List<Problem> found, Instant at) {
    this.state = ImportState.REJECTED;
    this.problems = formatProblems(found);
    end(at);
  }

  void fail(Instant at) {
    this.state = ImportState.FAILED;
    end(at);
  }

  void cancel(Instant at) {
    this.state = ImportState.CANCELLED;
    end(at);
  }

  private void end(Instant at) {
    this.finishedAt = at;
    this.heartbeatAt = at;
  }

  static String formatProblems(List<Problem> found) {
    StringBuilder text = new StringBuilder();
    for (Problem problem : found) {
      text.append(problem.row())
          .append('\t')
          .append(problem.column() == null ? "" : problem.column())
          .append('\t')
          .append(problem.key());
      for (Object arg : problem.args()) {
        text.append('\t').append(String.valueOf(arg).replace('\t', ' ').replace('\n', ' '));
      }
      text.append('\n');
    }
    return text.toString();
  }

  static List<Problem> parseProblems(String text) {
    List<Problem> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      Object[] args = new Object[parts.length - 3];
      System.arraycopy(parts, 3, args, 0, args.length);
      for (int i = 0; i < args.length; i++) {
        String arg = (String) args[i];
        if (arg.matches("-?\\d{1,9}")) {
          args[i] = Integer.valueOf(arg);
        }
      }
      found.add(
          new Problem(
              Integer.parseInt(parts[0]), parts[1].isEmpty() ? null : parts[1], parts[2], args));
    }
    return found;
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public String getFileName() {
    return fileName;
  }

  public TableFormat getFormat() {
    return format;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  /** The file, gzipped; read it before changing the import (see {@link #end}). */
  public List<String> getHeadings() {
    return List.of(headings.split(HEADING_SEPARATOR, -1));
  }

  /** A few values of each column, in the order of the headings. */
  public List<List<String>> getSamples() {
    return java.util.Arrays.stream(samples.split(HEADING_SEPARATOR, -1))
        .map(
            values ->
                values.isEmpty() ? List.<String>of() : List.of(values.split(SAMPLE_SEPARATOR, -1)))
        .toList();
  }

  public int getRowCount() {
    return rowCount;
  }

  public ImportState getState() {
    return state;
  }

  public ImportMapping getMapping() {
    return ImportMapping.parse(mapping);
  }

  public int getRowsDone() {
    return rowsDone;
  }

  public int getResponsesAdded() {
    return responsesAdded;
  }

  public int getResponsesKnown() {
    return responsesKnown;
  }

  public List<Problem> getProblems() {
    return parseProblems(problems);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getHeartbeatAt() {
    return heartbeatAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getVersion() {
    return version;
  }
}
