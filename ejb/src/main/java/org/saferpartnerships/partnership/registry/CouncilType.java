package org.saferpartnerships.partnership.registry;

/**
 * The type of a council (local authority district), read from its GSS prefix. Counties (E10) are
 * not districts and never appear in the LAD lookup.
 */
public enum CouncilType {
  UNITARY("E06"),
  NON_METROPOLITAN_DISTRICT("E07"),
  METROPOLITAN_DISTRICT("E08"),
  LONDON_BOROUGH("E09"),
  WELSH_UNITARY("W06");

  private final String prefix;

  CouncilType(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  public static CouncilType ofCode(String ladCode) {
    for (CouncilType type : values()) {
      if (ladCode.startsWith(type.prefix)) {
        return type;
      }
    }
    throw new IllegalArgumentException(ladCode + " is not a council code");
  }

  public static CouncilType parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim().toUpperCase();
    for (CouncilType type : values()) {
      if (type.prefix.equals(value) || type.name().equals(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown council type " + text);
  }
}
