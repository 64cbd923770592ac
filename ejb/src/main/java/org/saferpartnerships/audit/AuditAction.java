package org.saferpartnerships.audit;

/** What was done to the subject's data (the s62 log's operations). */
public enum AuditAction {
  CREATE,
  UPDATE,
  VIEW,
  DISCLOSE,
  EXPORT,
  ANONYMISE
}
