package org.saferpartnerships.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.platform.persistence.UtcInstantConverter;

/**
 * One row of the audit log. Insert-only: no field can be updated through JPA. Its time is stored in
 * UTC, so that it reads back exactly as it was hashed.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_ref", nullable = false, updatable = false)
  private String subjectRef;

  @Column(name = "csp_id", updatable = false)
  private Long cspId;

  @Column(name = "detail", updatable = false)
  private String detail;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "hash", nullable = false, updatable = false)
  private String hash;

  @Column(name = "key_id", updatable = false)
  private String keyId;

  protected AuditEvent() {}

  AuditEvent(
      AuditKey key,
      String previousHash,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String subjectType,
      String subjectRef,
      Long cspId,
      String detail) {
    this.previousHash = previousHash;
    this.occurredAt = AuditChain.stored(occurredAt);
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectRef = subjectRef;
    this.cspId = cspId;
    this.detail = detail;
    this.keyId = key.id();
    this.hash = expectedHash(key, previousHash);
  }

  /** The MAC this row should have under a key after the given previous hash. */
  String expectedHash(AuditKey key, String previous) {
    return AuditChain.hash(
        key, previous, occurredAt, actor, action, subjectType, subjectRef, cspId, detail);
  }

  /** The plain hash of a row written before the log was keyed. */
  String legacyHash(String previous) {
    return AuditChain.legacyHash(
        previous, occurredAt, actor, action, subjectType, subjectRef, cspId, detail);
  }

  /** The key this row was signed with; null for a row written before the log was keyed. */
  public String getKeyId() {
    return keyId;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public String getDetail() {
    return detail;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
