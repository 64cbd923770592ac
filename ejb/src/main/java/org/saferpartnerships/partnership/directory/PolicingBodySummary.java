package org.saferpartnerships.partnership.directory;

import java.time.LocalDate;
import org.saferpartnerships.partnership.governance.GovernanceType;
import org.saferpartnerships.partnership.governance.PolicingBodyTerm;

/** A body that held (or holds) PCC functions for a force area, and when. */
public record PolicingBodySummary(
    long organisationId,
    String name,
    String nameCy,
    GovernanceType type,
    LocalDate validFrom,
    LocalDate validTo,
    String source,
    String note)
    implements java.io.Serializable {

  public static PolicingBodySummary of(PolicingBodyTerm term) {
    return new PolicingBodySummary(
        term.getBody().getId(),
        term.getBody().getName(),
        term.getBody().getNameCy(),
        term.getGovernanceType(),
        term.getValidFrom(),
        term.getValidTo(),
        term.getSource(),
        term.getNote());
  }
}
