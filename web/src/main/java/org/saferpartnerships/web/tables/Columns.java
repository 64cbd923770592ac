package org.saferpartnerships.web.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;

/**
 * The columns of a list as it is exported: for each, a code (the heading of an API download, stable
 * for scripts), the message key of its heading on a page's download (in the page's language), and
 * how a row gives its cell (text, a number or a date; nothing is an empty cell). Written once per
 * list and used by both its page and its API resource, so the two downloads hold the same columns.
 */
public final class Columns<T> {

  private record Column<T>(String code, String key, Function<T, ?> value) {}

  /**
   * How a list's codes and names are written into its download: on a page, in words of the page's
   * language (a state's name, the Welsh name of a partnership); from the API, as the codes
   * themselves, which scripts can rely on.
   */
  public record Words(Function<String, String> text, boolean welsh, boolean codes) {

    /** The codes as they are, English names: for the API. */
    public static final Words CODES = new Words(key -> key, false, true);

    /** The page's language. */
    public static Words of(PageMessages messages) {
      return new Words(
          messages::text,
          Language.WELSH.getLanguage().equals(messages.locale().getLanguage()),
          false);
    }

    /** A code (an enum, a state) as the message {@code prefix + code}, or the code itself. */
    public String of(String prefix, Object code) {
      if (code == null) {
        return null;
      }
      return codes ? code.toString() : text.apply(prefix + code);
    }

    /**
     * A code named by the message {@code prefix + code} where the bundle has one, else the code in
     * words ("NIGHT_TEAM" as "Night team"): for codes people may add (a queue in a routing rule).
     */
    public String named(String prefix, String code) {
      if (code == null || codes) {
        return code;
      }
      try {
        return text.apply(prefix + code);
      } catch (java.util.MissingResourceException unnamed) {
        String spaced = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT).trim();
        return spaced.isEmpty()
            ? code
            : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
      }
    }

    /** A name with its Welsh form: the Welsh one on a Welsh page, where there is one. */
    public String name(String english, String welsh) {
      return this.welsh && welsh != null && !welsh.isBlank() ? welsh : english;
    }
  }

  private final List<Column<T>> columns = new ArrayList<>();

  public Columns<T> add(String code, String key, Function<T, ?> value) {
    columns.add(new Column<>(code, key, value));
    return this;
  }

  /** The headings of an API download: the columns' codes. */
  public List<String> codes() {
    return columns.stream().map(Column::code).toList();
  }

  /** The headings of a page's download, each message key turned into words by {@code text}. */
  public List<String> headings(Function<String, String> text) {
    return columns.stream().map(column -> text.apply(column.key())).toList();
  }

  /** One row's cells, in column order. */
  public List<Object> cells(T row) {
    List<Object> cells = new ArrayList<>(columns.size());
    for (Column<T> column : columns) {
      Object value = column.value().apply(row);
      cells.add(value == null ? "" : value);
    }
    return cells;
  }
}
