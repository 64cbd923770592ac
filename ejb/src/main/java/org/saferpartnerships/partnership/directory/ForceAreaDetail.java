package org.saferpartnerships.partnership.directory;

import java.util.List;
import org.saferpartnerships.partnership.registry.Country;

/**
 * Everything a force area page shows: its police force, its CSPs in the vintage, the policing body
 * today and every body that has held PCC functions there.
 */
public record ForceAreaDetail(
    String code,
    String name,
    String nameCy,
    Country country,
    VintageSummary vintage,
    String forceName,
    List<CspSummary> csps,
    PolicingBodySummary policingBody,
    List<PolicingBodySummary> policingBodyHistory) {

  public ForceAreaDetail {
    csps = List.copyOf(csps);
    policingBodyHistory = List.copyOf(policingBodyHistory);
  }
}
