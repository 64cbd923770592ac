package org.saferpartnerships.audit;

import java.time.Instant;

/** One row of the audit log, as read back. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    AuditAction action,
    String subjectType,
    String subjectRef,
    String detail,
    String hash) {

  static AuditEntry of(AuditEvent event) {
    return new AuditEntry(
        event.getId(),
        event.getOccurredAt(),
        event.getActor(),
        event.getAction(),
        event.getSubjectType(),
        event.getSubjectRef(),
        event.getDetail(),
        event.getHash());
  }
}
