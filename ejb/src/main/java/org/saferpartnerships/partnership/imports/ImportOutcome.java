package org.saferpartnerships.partnership.imports;

import org.saferpartnerships.partnership.directory.VintageSummary;

/**
 * The result of importing a lookup: the vintage, and whether this import made it ({@code false}
 * when the same data had been imported before and nothing was written).
 */
public record ImportOutcome(VintageSummary vintage, boolean created, int newAreas) {}
