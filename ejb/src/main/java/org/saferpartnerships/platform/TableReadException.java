package org.saferpartnerships.platform;

import java.util.List;

/**
 * A file that could not be read as a table, with every problem found: the row (1 for the headings;
 * 0 for the file as a whole), the column letter where one applies, and a message key with its
 * arguments from {@code service_messages}.
 */
public class TableReadException extends ServiceException {

  private static final long serialVersionUID = 1L;

  /** One problem: where it is and what it is. */
  public record Problem(int row, String column, String key, Object... args) {}

  private final transient List<Problem> problems;

  public TableReadException(List<Problem> problems) {
    super(problems.get(0).key(), problems.get(0).args());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
