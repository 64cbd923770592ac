package org.saferpartnerships.platform.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list query, built from the filters a user set, with its parameters bound by
 * name. Filters left empty add nothing, so one query text serves every combination and the count
 * query uses the same conditions as the page query.
 */
public final class JpqlConditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds a condition that always applies, with its parameters. */
  public JpqlConditions and(String condition, Map<String, ?> params) {
    conditions.add(condition);
    parameters.putAll(params);
    return this;
  }

  /** Adds {@code condition} only when {@code value} is set (not null, not blank). */
  public JpqlConditions andIf(Object value, String condition, String parameter) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return this;
    }
    conditions.add(condition);
    parameters.put(parameter, value);
    return this;
  }

  public String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  public <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * A LIKE pattern matching {@code text} anywhere, lower-cased, with its wildcards escaped by
   * {@value #ESCAPE} (use {@code LIKE :p ESCAPE '!'}; a backslash would mean different things to
   * MySQL and H2).
   */
  public static String containing(String text) {
    String escaped = escape(text);
    return escaped == null ? null : "%" + escaped + "%";
  }

  /** As {@link #containing} but anchored at the start. */
  public static String startingWith(String text) {
    String escaped = escape(text);
    return escaped == null ? null : escaped + "%";
  }

  public static final String ESCAPE = "!";

  private static String escape(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.trim().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
