package org.saferpartnerships.partnership.lookup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saferpartnerships.partnership.registry.AreaType;

/**
 * Which column of a lookup's header holds which field, and the year the column names give. Names
 * are matched after lower-casing and dropping everything but letters and digits, so "LAD19CD",
 * "ltla24_code" and "lad-code" all name the council code.
 */
final class LookupColumns {

  private static final Pattern NAME =
      Pattern.compile("^(lad|ltla|csp|pfa)(\\d{2})?(cd|code|nmw|namew|namecy|nmcy|nm|name)$");

  private final Map<LookupField, Integer> index;
  private final Integer year;
  private final int width;

  private LookupColumns(Map<LookupField, Integer> index, Integer year, int width) {
    this.index = index;
    this.year = year;
    this.width = width;
  }

  /** Reads the header, or returns the problems with it (all on line 1). */
  static Result detect(List<String> header) {
    Map<LookupField, Integer> index = new EnumMap<>(LookupField.class);
    TreeSet<Integer> years = new TreeSet<>();
    List<LookupProblem> problems = new ArrayList<>();
    for (int column = 0; column < header.size(); column++) {
      Optional<Match> match = match(header.get(column));
      if (match.isEmpty()) {
        continue;
      }
      LookupField field = match.get().field();
      Integer earlier = index.putIfAbsent(field, column);
      if (earlier != null) {
        problems.add(
            LookupProblem.at(
                1, "column.duplicate", field, header.get(earlier), header.get(column)));
      }
      match.get().year().ifPresent(years::add);
    }
    for (LookupField field : LookupField.values()) {
      if (field.required() && !index.containsKey(field)) {
        problems.add(LookupProblem.at(1, "column.missing", field, field.examples()));
      }
    }
    if (years.size() > 1) {
      problems.add(LookupProblem.at(1, "column.yearsDiffer", years.toString()));
    }
    Integer year = years.isEmpty() ? null : 2000 + years.first();
    return new Result(new LookupColumns(index, year, header.size()), problems);
  }

  record Result(LookupColumns columns, List<LookupProblem> problems) {}

  private record Match(LookupField field, Optional<Integer> year) {}

  private static Optional<Match> match(String headerName) {
    String normalised = headerName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    Matcher matcher = NAME.matcher(normalised);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    AreaType type =
        switch (matcher.group(1)) {
          case "lad", "ltla" -> AreaType.LOCAL_AUTHORITY_DISTRICT;
          case "csp" -> AreaType.COMMUNITY_SAFETY_PARTNERSHIP;
          default -> AreaType.POLICE_FORCE_AREA;
        };
    LookupField.Part part =
        switch (matcher.group(3)) {
          case "cd", "code" -> LookupField.Part.CODE;
          case "nm", "name" -> LookupField.Part.NAME;
          default -> LookupField.Part.NAME_CY;
        };
    Optional<Integer> year = Optional.ofNullable(matcher.group(2)).map(Integer::valueOf);
    return Optional.of(new Match(LookupField.of(type, part), year));
  }

  /** The value of {@code field} in a row, trimmed; null where the file has no such column. */
  String value(List<String> row, LookupField field) {
    Integer column = index.get(field);
    if (column == null || column >= row.size()) {
      return null;
    }
    String value = row.get(column).trim();
    return value.isEmpty() ? null : value;
  }

  Integer year() {
    return year;
  }

  int width() {
    return width;
  }
}
