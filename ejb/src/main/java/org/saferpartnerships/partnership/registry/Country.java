package org.saferpartnerships.partnership.registry;

/** The two countries the product serves, by the first letter of their GSS codes. */
public enum Country {
  ENGLAND('E'),
  WALES('W');

  private final char code;

  Country(char code) {
    this.code = code;
  }

  public char code() {
    return code;
  }

  public static Country ofCode(char code) {
    for (Country country : values()) {
      if (country.code == code) {
        return country;
      }
    }
    throw new IllegalArgumentException("No country has GSS letter " + code);
  }

  /** Parses "E", "W", "ENGLAND" or "WALES" (any case); null for blank input. */
  public static Country parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim().toUpperCase();
    if (value.length() == 1) {
      return ofCode(value.charAt(0));
    }
    return valueOf(value);
  }
}
