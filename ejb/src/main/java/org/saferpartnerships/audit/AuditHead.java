package org.saferpartnerships.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: the last row's id and hash. Locked by whoever appends. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  static final int ONLY = 1;

  @Id private Integer id;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditHead() {}

  long getLastId() {
    return lastId;
  }

  String getLastHash() {
    return lastHash;
  }

  void moveTo(AuditEvent event) {
    this.lastId = event.getId();
    this.lastHash = event.getHash();
  }
}
