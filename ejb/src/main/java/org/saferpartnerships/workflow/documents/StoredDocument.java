package org.saferpartnerships.workflow.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns every stored document has, whatever it belongs to (a work item's attachment, a
 * submission's document): name, type, size, checksum, who uploaded it and when, and the bytes,
 * which load only when asked for. The bytes have passed {@link DocumentRules} before one is made;
 * nothing about a document changes once written.
 */
@MappedSuperclass
public abstract class StoredDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  protected StoredDocument() {}

  protected StoredDocument(
      String fileName, String contentType, byte[] content, String sha256, Instant at, String by) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedAt = at;
    this.uploadedBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  /** A copy of the bytes: a document is never changed in place. */
  public byte[] getContent() {
    return content.clone();
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
