package org.saferpartnerships.consultation.imports;

/** Where an import is: uploaded and awaiting its mapping, queued or running, and how it ended. */
public enum ImportState {
  /** Read and waiting for the analyst to match its columns to questions. */
  UPLOADED,
  /** Mapped and waiting for the background job. */
  QUEUED,
  /** Being checked and written. */
  RUNNING,
  /** Every response is in and counted. */
  COMPLETED,
  /** The file had problems: nothing was stored. */
  REJECTED,
  /** The job stopped on an error of the system: nothing was stored. */
  FAILED,
  /** The analyst set it aside before importing. */
  CANCELLED;

  public boolean finished() {
    return this == COMPLETED || this == REJECTED || this == FAILED || this == CANCELLED;
  }
}
