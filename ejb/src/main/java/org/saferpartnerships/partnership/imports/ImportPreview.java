package org.saferpartnerships.partnership.imports;

import java.time.LocalDate;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.partnership.registry.VintageCounts;

/**
 * What a checked lookup file would import, shown before the administrator confirms: the year its
 * columns name, its counts, the valid-from date it would get by default, and the vintage that
 * already holds the same data, if any.
 */
public record ImportPreview(
    String fileName,
    Integer referenceYear,
    VintageCounts counts,
    LocalDate defaultValidFrom,
    VintageSummary sameAs)
    implements java.io.Serializable {}
