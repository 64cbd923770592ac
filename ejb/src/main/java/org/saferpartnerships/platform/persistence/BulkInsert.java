package org.saferpartnerships.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of one table written with multi-row {@code INSERT} statements, a few dozen rows a statement,
 * in the caller's transaction. For insert-only rows written by the thousand (the scheduler's
 * history lines and notices), where persisting an entity per row would cost a round trip each:
 * IDENTITY keys keep the persistence provider from batching them. Instants are stored as {@link
 * InstantConverter} stores them.
 */
public final class BulkInsert {

  /**
   * Parameters a statement: EclipseLink looks each native-query parameter up in a list, so a
   * statement's cost grows with the square of its parameters; a few hundred keeps it cheap.
   */
  static final int PARAMETERS_PER_STATEMENT = 300;

  private final String table;
  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  public BulkInsert(String table, String... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("no columns for " + table);
    }
    this.table = Objects.requireNonNull(table);
    this.columns = List.of(columns);
  }

  /** Adds a row, its values in the order of the columns. */
  public BulkInsert add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + " takes " + columns.size() + " values a row, not " + values.length);
    }
    Object[] row = values.clone();
    for (int i = 0; i < row.length; i++) {
      if (row[i] instanceof Instant instant) {
        row[i] = Timestamp.from(instant);
      } else if (row[i] instanceof Enum<?> constant) {
        row[i] = constant.name();
      }
    }
    rows.add(row);
    return this;
  }

  public int size() {
    return rows.size();
  }

  /** Writes the rows added so far and forgets them; returns how many were written. */
  public int executeIn(EntityManager em) {
    int written = 0;
    int rowsPerStatement = Math.max(1, PARAMETERS_PER_STATEMENT / columns.size());
    for (int from = 0; from < rows.size(); from += rowsPerStatement) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
      Query insert = em.createNativeQuery(sql(chunk.size()));
      int position = 1;
      for (Object[] row : chunk) {
        for (Object value : row) {
          insert.setParameter(position++, value);
        }
      }
      written += insert.executeUpdate();
    }
    rows.clear();
    return written;
  }

  String sql(int rowCount) {
    String tuple = "(" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", columns))
            .append(") VALUES ");
    for (int i = 0; i < rowCount; i++) {
      sql.append(i == 0 ? "" : ", ").append(tuple);
    }
    return sql.toString();
  }
}
