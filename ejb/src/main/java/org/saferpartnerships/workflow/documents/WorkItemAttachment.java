package org.saferpartnerships.workflow.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.workflow.items.WorkItem;

/**
 * A document attached to an item. The bytes are loaded only when downloaded; lists read the name,
 * type and size. Type and size are checked before anything is written.
 */
@Entity
@Table(name = "work_item_attachment")
public class WorkItemAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_item_id", nullable = false, updatable = false)
  private WorkItem item;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

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

  protected WorkItemAttachment() {}

  public WorkItemAttachment(
      WorkItem item,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      Instant at,
      String by) {
    this.item = item;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
    this.size = content.length;
    this.sha256 = sha256;
    this.uploadedAt = at;
    this.uploadedBy = by;
  }

  public Long getId() {
    return id;
  }

  public WorkItem getItem() {
    return item;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
