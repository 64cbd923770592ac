package org.saferpartnerships.workflow.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
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
public class WorkItemAttachment extends StoredDocument {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_item_id", nullable = false, updatable = false)
  private WorkItem item;

  protected WorkItemAttachment() {}

  public WorkItemAttachment(
      WorkItem item,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      Instant at,
      String by) {
    super(fileName, contentType, content, sha256, at, by);
    this.item = item;
  }

  public WorkItem getItem() {
    return item;
  }
}
