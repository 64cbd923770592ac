package org.saferpartnerships.workflow.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The England and Wales bank holidays the product ships (db reference data), for calendar tests.
 */
final class Holidays {

  static final Path CSV =
      Path.of("../db/src/main/resources/db/reference")
          .resolve("bank-holidays-england-and-wales.csv");

  private Holidays() {}

  static List<String[]> rows() {
    try {
      return Files.readAllLines(CSV, StandardCharsets.UTF_8).stream()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(Holidays::split)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BusinessCalendar calendar() {
    return new BusinessCalendar(rows().stream().map(row -> LocalDate.parse(row[0])).toList());
  }

  /** date,"title_en","title_cy": the titles are quoted and contain no quotes themselves. */
  private static String[] split(String line) {
    int first = line.indexOf(',');
    String rest = line.substring(first + 1);
    int middle = rest.indexOf("\",\"");
    return new String[] {
      line.substring(0, first),
      rest.substring(1, middle),
      rest.substring(middle + 3, rest.length() - 1)
    };
  }
}
