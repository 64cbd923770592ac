package org.saferpartnerships.partnership.directory;

import org.saferpartnerships.partnership.registry.Country;

/** A police force area as one row of a list, with how many CSPs it has and who governs it today. */
public record ForceAreaSummary(
    String code,
    String name,
    String nameCy,
    Country country,
    long cspCount,
    PolicingBodySummary policingBody)
    implements java.io.Serializable {

  /** The projection a JPQL constructor expression fills; the policing body is added after. */
  public ForceAreaSummary(String code, String name, String nameCy, Country country, long cspCount) {
    this(code, name, nameCy, country, cspCount, null);
  }

  ForceAreaSummary withPolicingBody(PolicingBodySummary body) {
    return new ForceAreaSummary(code, name, nameCy, country, cspCount, body);
  }
}
