package org.saferpartnerships.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.saferpartnerships.platform.files.Sha256;

/**
 * The hash of one audit row: an HMAC-SHA256, under a key from configuration (see {@link
 * AuditKeys}), over the key's name, the previous row's hash and this row's fields, each written out
 * with its length so that no two different rows hash the same text. Without the key nobody can make
 * a row that verifies, so altering, deleting or inserting rows in the database is found. Instants
 * count to the second: that much every database keeps (EclipseLink's MySQL platform writes no
 * fraction).
 */
public final class AuditChain {

  /** The hash before the first row. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * The MAC of a row under a key: HMAC-SHA256 over the previous row's MAC and this row's fields.
   */
  public static String hash(
      AuditKey key,
      String previousHash,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String subjectType,
      String subjectRef,
      Long cspId,
      String detail) {
    return key.mac(
        "row|"
            + key.id().length()
            + ":"
            + key.id()
            + "|"
            + text(
                previousHash, occurredAt, actor, action, subjectType, subjectRef, cspId, detail));
  }

  /** The MAC of the head: which row is last, so a deleted tail cannot be hidden by moving it. */
  static String headMac(AuditKey key, long lastId, String lastHash) {
    return key.mac("head|" + key.id() + "|" + lastId + "|" + lastHash);
  }

  /**
   * The plain SHA-256 of rows written before the chain was keyed: checked once, before they are
   * re-signed, and never trusted after.
   */
  static String legacyHash(
      String previousHash,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String subjectType,
      String subjectRef,
      Long cspId,
      String detail) {
    return Sha256.hex(
        text(previousHash, occurredAt, actor, action, subjectType, subjectRef, cspId, detail));
  }

  private static String text(Object... fields) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      Object field = fields[i];
      if (i == 1) {
        field = stored((Instant) field);
      }
      String value = field == null ? "" : field.toString();
      text.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
    }
    return text.toString();
  }
}
