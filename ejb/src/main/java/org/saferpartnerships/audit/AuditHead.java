package org.saferpartnerships.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last row's id and hash, and a MAC over both under the key that signed
 * it. Locked by whoever appends.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  static final int ONLY = 1;

  @Id private Integer id;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  @Column(name = "key_id")
  private String keyId;

  @Column(name = "mac")
  private String mac;

  protected AuditHead() {}

  long getLastId() {
    return lastId;
  }

  String getLastHash() {
    return lastHash;
  }

  String getKeyId() {
    return keyId;
  }

  String getMac() {
    return mac;
  }

  /** Whether the chain has been keyed (rows before V23 carry plain hashes until re-signed). */
  boolean isKeyed() {
    return keyId != null;
  }

  void moveTo(long id, String hash, AuditKey key) {
    this.lastId = id;
    this.lastHash = hash;
    this.keyId = key.id();
    this.mac = AuditChain.headMac(key, id, hash);
  }
}
