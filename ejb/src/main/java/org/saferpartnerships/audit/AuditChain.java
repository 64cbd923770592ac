package org.saferpartnerships.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one audit row: SHA-256 over the previous row's hash and this row's fields, each
 * written out with its length so that no two different rows hash the same text. Instants count to
 * the second: that much every database keeps (EclipseLink's MySQL platform writes no fraction).
 */
public final class AuditChain {

  /** The hash before the first row. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }

  public static String hash(
      String previousHash,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String subjectType,
      String subjectRef,
      Long cspId,
      String detail) {
    StringBuilder text = new StringBuilder();
    for (Object field :
        new Object[] {
          previousHash, stored(occurredAt), actor, action, subjectType, subjectRef, cspId, detail
        }) {
      String value = field == null ? "" : field.toString();
      text.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
