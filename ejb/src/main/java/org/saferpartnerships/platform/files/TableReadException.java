package org.saferpartnerships.platform.files;

import java.util.List;
import java.util.Locale;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * A file that could not be read as a table, with every problem found: the row (1 for the headings;
 * 0 for the file as a whole), the column letter where one applies, and a message key with its
 * arguments from {@code service_messages}.
 */
public class TableReadException extends ServiceException {

  private static final long serialVersionUID = 1L;

  /** One problem: where it is and what it is. */
  public record Problem(int row, String column, String key, Object... args)
      implements java.io.Serializable {}

  /** A problem told to a person: where it is, and what it is in their language. */
  public record Told(int row, String column, String message) {}

  /** The problems in English or Welsh. */
  public static List<Told> tell(List<Problem> problems, Locale locale) {
    return problems.stream()
        .map(p -> new Told(p.row(), p.column(), render(locale, p.key(), p.args())))
        .toList();
  }

  private final transient List<Problem> problems;

  public TableReadException(List<Problem> problems) {
    super(problems.get(0).key(), problems.get(0).args());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
