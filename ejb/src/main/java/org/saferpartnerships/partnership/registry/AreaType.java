package org.saferpartnerships.partnership.registry;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of GSS-coded area the registry holds, each with the code prefixes ONS uses for it in
 * England and Wales. A code is the prefix and six digits. Councils, partnerships and force areas
 * come from the CSP lookup; counties, fire and rescue areas and health board areas from the lookups
 * of the other responsible authorities (see {@code StatutoryPartners}).
 */
public enum AreaType {
  LOCAL_AUTHORITY_DISTRICT(List.of("E06", "E07", "E08", "E09", "W06")),
  COMMUNITY_SAFETY_PARTNERSHIP(List.of("E22", "W14")),
  POLICE_FORCE_AREA(List.of("E23", "W15")),
  /** A county council's area in a two-tier part of England. */
  COUNTY(List.of("E10")),
  FIRE_AND_RESCUE_AREA(List.of("E31", "W25")),
  INTEGRATED_CARE_BOARD_AREA(List.of("E54")),
  LOCAL_HEALTH_BOARD_AREA(List.of("W11"));

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

  /** The organisation that acts for an area of this type. */
  public OrganisationType organisationType() {
    return switch (this) {
      case LOCAL_AUTHORITY_DISTRICT -> OrganisationType.COUNCIL;
      case COMMUNITY_SAFETY_PARTNERSHIP -> OrganisationType.PARTNERSHIP;
      case POLICE_FORCE_AREA -> OrganisationType.POLICE_FORCE;
      case COUNTY -> OrganisationType.COUNTY_COUNCIL;
      case FIRE_AND_RESCUE_AREA -> OrganisationType.FIRE_AND_RESCUE_AUTHORITY;
      case INTEGRATED_CARE_BOARD_AREA -> OrganisationType.INTEGRATED_CARE_BOARD;
      case LOCAL_HEALTH_BOARD_AREA -> OrganisationType.LOCAL_HEALTH_BOARD;
    };
  }

  public static Country countryOf(String code) {
    return Country.ofCode(code.charAt(0));
  }
}
