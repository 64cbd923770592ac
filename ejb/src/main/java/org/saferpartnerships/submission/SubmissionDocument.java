package org.saferpartnerships.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.workflow.documents.StoredDocument;

/** A document of a submission version; its bytes load only when asked for. */
@Entity
@Table(name = "submission_document")
public class SubmissionDocument extends StoredDocument {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false, updatable = false)
  private SubmissionVersion owner;

  protected SubmissionDocument() {}

  SubmissionDocument(
      SubmissionVersion owner,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      Instant at,
      String by) {
    super(fileName, contentType, content, sha256, at, by);
    this.owner = owner;
  }

  public SubmissionVersion getOwner() {
    return owner;
  }
}
