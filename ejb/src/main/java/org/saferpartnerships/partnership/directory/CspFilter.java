package org.saferpartnerships.partnership.directory;

import org.saferpartnerships.partnership.registry.CouncilType;
import org.saferpartnerships.partnership.registry.Country;

/**
 * The filters of the CSP list; null means "any". {@code query} matches the code or the English or
 * Welsh name; {@code mine} keeps the CSPs in the caller's scope.
 */
public record CspFilter(
    Country country, String pfaCode, String query, CouncilType councilType, boolean mine) {

  public static CspFilter none() {
    return new CspFilter(null, null, null, null, false);
  }
}
