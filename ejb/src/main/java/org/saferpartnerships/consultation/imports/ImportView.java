package org.saferpartnerships.consultation.imports;

import java.time.Instant;
import java.util.List;
import org.saferpartnerships.platform.files.TableReadException.Problem;

/** An import as its page shows it: the file, where the job is, and how it ended. */
public record ImportView(
    long id,
    long consultationId,
    String fileName,
    String format,
    long fileSize,
    int rowCount,
    ImportState state,
    int rowsDone,
    int percent,
    int responsesAdded,
    int responsesKnown,
    Instant createdAt,
    String createdBy,
    Instant finishedAt,
    long version,
    List<Problem> problems)
    implements java.io.Serializable {

  static ImportView of(ConsultationImport job, boolean withProblems) {
    int percent =
        job.getState() == ImportState.COMPLETED
            ? 100
            : job.getRowCount() == 0 ? 0 : (int) (100L * job.getRowsDone() / job.getRowCount());
    return new ImportView(
        job.getId(),
        job.getConsultation().getId(),
        job.getFileName(),
        job.getFormat().extension(),
        job.getSize(),
        job.getRowCount(),
        job.getState(),
        job.getRowsDone(),
        percent,
        job.getResponsesAdded(),
        job.getResponsesKnown(),
        job.getCreatedAt(),
        job.getCreatedBy(),
        job.getFinishedAt(),
        job.getVersion(),
        withProblems ? job.getProblems() : List.of());
  }
}
