package org.saferpartnerships.partnership.directory;

import java.util.List;
import org.saferpartnerships.partnership.registry.Country;

/** A CSP as one row of a list: its force area and the codes of the councils it covers. */
public record CspSummary(
    String code,
    String name,
    String nameCy,
    Country country,
    String pfaCode,
    String pfaName,
    String pfaNameCy,
    List<String> ladCodes)
    implements java.io.Serializable {

  public CspSummary {
    ladCodes = List.copyOf(ladCodes);
  }

  /** The projection a JPQL constructor expression fills; the councils are added after. */
  public CspSummary(
      String code,
      String name,
      String nameCy,
      Country country,
      String pfaCode,
      String pfaName,
      String pfaNameCy) {
    this(code, name, nameCy, country, pfaCode, pfaName, pfaNameCy, List.of());
  }

  CspSummary withLadCodes(List<String> codes) {
    return new CspSummary(code, name, nameCy, country, pfaCode, pfaName, pfaNameCy, codes);
  }
}
