package org.saferpartnerships.api.workflow;

import java.util.Locale;
import org.saferpartnerships.api.InvalidParameterException;

/** Reads an enum parameter, refusing an unknown value by name. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, value);
    }
  }
}
