package org.saferpartnerships.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The columns of a native query's rows as Java values, whichever type the driver gives (MySQL
 * Connector/J and H2 differ: java.sql or java.time, numbers or booleans).
 */
public final class SqlValues {

  private SqlValues() {}

  /** A DATE or DATETIME column's day; null stays null. */
  public static LocalDate day(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toLocalDate();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toLocalDate();
    }
    return (LocalDate) value;
  }

  /** A DATETIME column's moment (stored as the server's local time); null stays null. */
  public static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof LocalDateTime time) {
      return Timestamp.valueOf(time).toInstant();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return (Instant) value;
  }

  /** A BOOLEAN column, which MySQL gives as a number. */
  public static boolean truth(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }
}
