package org.saferpartnerships.api;

import java.util.Locale;

/** Reads an enum parameter, refusing an unknown value by name. */
public final class Enums {

  private Enums() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
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
