package org.saferpartnerships.partnership.directory;

import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.partnership.registry.RegistryVintage;

/** A registry vintage as lists and the API show it. */
public record VintageSummary(
    long id,
    String label,
    Integer referenceYear,
    LocalDate validFrom,
    String sourceFileName,
    int rowCount,
    int ladCount,
    int cspCount,
    int pfaCount,
    Instant importedAt,
    String importedBy)
    implements java.io.Serializable {

  public static VintageSummary of(RegistryVintage vintage) {
    return new VintageSummary(
        vintage.getId(),
        vintage.getLabel(),
        vintage.getReferenceYear(),
        vintage.getValidFrom(),
        vintage.getSourceFileName(),
        vintage.getRowCount(),
        vintage.getLadCount(),
        vintage.getCspCount(),
        vintage.getPfaCount(),
        vintage.getImportedAt(),
        vintage.getImportedBy());
  }
}
