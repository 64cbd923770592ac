package org.saferpartnerships.partnership.directory;

import java.util.List;
import org.saferpartnerships.partnership.registry.Country;

/**
 * Everything a CSP page shows: the vintage it is read from, its councils and force area, the body
 * that holds PCC functions there today, its member organisations, the vintages it appears in, and
 * whether it is in the caller's scope.
 */
public record CspDetail(
    String code,
    String name,
    String nameCy,
    Country country,
    VintageSummary vintage,
    AreaRef forceArea,
    PolicingBodySummary policingBody,
    List<CouncilRef> councils,
    List<MemberSummary> members,
    List<VintageSummary> vintages,
    boolean inScope)
    implements java.io.Serializable {

  public CspDetail {
    councils = List.copyOf(councils);
    members = List.copyOf(members);
    vintages = List.copyOf(vintages);
  }
}
