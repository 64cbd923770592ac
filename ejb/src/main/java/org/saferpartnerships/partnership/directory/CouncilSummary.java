package org.saferpartnerships.partnership.directory;

import java.util.List;
import org.saferpartnerships.partnership.registry.CouncilType;
import org.saferpartnerships.partnership.registry.Country;

/** A council as one row of a list: its type, force area and the CSPs that cover it. */
public record CouncilSummary(
    String code,
    String name,
    String nameCy,
    Country country,
    CouncilType type,
    String pfaCode,
    String pfaName,
    String pfaNameCy,
    List<AreaRef> csps)
    implements java.io.Serializable {

  public CouncilSummary {
    csps = List.copyOf(csps);
  }

  /** The projection a JPQL constructor expression fills; the CSPs are added after. */
  public CouncilSummary(
      String code,
      String name,
      String nameCy,
      Country country,
      String pfaCode,
      String pfaName,
      String pfaNameCy) {
    this(
        code,
        name,
        nameCy,
        country,
        CouncilType.ofCode(code),
        pfaCode,
        pfaName,
        pfaNameCy,
        List.of());
  }

  CouncilSummary withCsps(List<AreaRef> list) {
    return new CouncilSummary(code, name, nameCy, country, type, pfaCode, pfaName, pfaNameCy, list);
  }
}
