package org.saferpartnerships.partnership.registry;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of GSS-coded area the registry holds, each with the code prefixes ONS uses for it in
 * England and Wales. A code is the prefix and six digits.
 */
public enum AreaType {
  LOCAL_AUTHORITY_DISTRICT(List.of("E06", "E07", "E08", "E09", "W06")),
  COMMUNITY_SAFETY_PARTNERSHIP(List.of("E22", "W14")),
  POLICE_FORCE_AREA(List.of("E23", "W15"));

  private static final Pattern SHAPE = Pattern.compile("[EW]\\d{8}");

  private final List<String> prefixes;

  AreaType(List<String> prefixes) {
    this.prefixes = prefixes;
  }

  public List<String> prefixes() {
    return prefixes;
  }

  /** True when {@code code} is a well-formed GSS code of this type. */
  public boolean accepts(String code) {
    return code != null && SHAPE.matcher(code).matches() && prefixes.contains(code.substring(0, 3));
  }

  public static Country countryOf(String code) {
    return Country.ofCode(code.charAt(0));
  }
}
