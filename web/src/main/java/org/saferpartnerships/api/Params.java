package org.saferpartnerships.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.saferpartnerships.partnership.registry.CouncilType;
import org.saferpartnerships.partnership.registry.Country;
import org.saferpartnerships.platform.persistence.PageRequest;

/** Reads the list parameters every registry endpoint shares, refusing bad values by name. */
public final class Params {

  private Params() {}

  public static PageRequest page(String pageText, String sizeText, String sort, String direction) {
    int page = integer("page", pageText);
    int size = integer("size", sizeText);
    if (page < 0) {
      throw new InvalidParameterException("page", page);
    }
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      throw new InvalidParameterException("size", size);
    }
    if (direction != null
        && !direction.equalsIgnoreCase("asc")
        && !direction.equalsIgnoreCase("desc")) {
      throw new InvalidParameterException("dir", direction);
    }
    return new PageRequest(page, size, sort, "desc".equalsIgnoreCase(direction));
  }

  /** A request body that must be there: a missing one is refused by name, as a bad field is. */
  public static <T> T required(T body) {
    if (body == null) {
      throw new InvalidParameterException("body", "");
    }
    return body;
  }

  public static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, value);
    }
  }

  /** The id in an address ({@code {id}}): a whole number, refused by name otherwise. */
  public static long pathId(String value) {
    Long id = id("id", value);
    if (id == null) {
      throw new InvalidParameterException("id", value);
    }
    return id;
  }

  /** A text form field as given, refused by name if it breaks the {@code PlainText} rule. */
  public static String text(String name, String value) {
    int bad = org.saferpartnerships.platform.errors.PlainText.firstForbidden(value);
    if (bad >= 0) {
      throw InvalidParameterException.of(
          name,
          "body.forbiddenCharacter",
          name,
          org.saferpartnerships.platform.errors.PlainText.describe(value, bad));
    }
    return value;
  }

  /** A GSS code as given, upper-cased; null for none. */
  public static String code(String value) {
    return value == null || value.isBlank()
        ? null
        : value.trim().toUpperCase(java.util.Locale.ROOT);
  }

  /** A whole number, or null if none is given; anything else is refused by name. */
  public static Integer optionalInteger(String name, String value) {
    return value == null || value.isBlank() ? null : integer(name, value);
  }

  /** {@code true} or {@code false}, or null if neither is given; anything else is refused. */
  public static Boolean optionalTruth(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidParameterException(name, value);
    };
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, value);
    }
  }

  public static Country country(String value) {
    return parse("country", value, Country::parse);
  }

  public static CouncilType councilType(String value) {
    return parse("councilType", value, CouncilType::parse);
  }

  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, value);
    }
  }

  private static <T> T parse(String name, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, value);
    }
  }
}
