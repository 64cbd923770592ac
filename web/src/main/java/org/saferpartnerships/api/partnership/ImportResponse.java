package org.saferpartnerships.api.partnership;

import org.saferpartnerships.partnership.directory.VintageSummary;

/**
 * The answer to an import: the vintage, whether this import created it, and how many areas were
 * new.
 */
public record ImportResponse(VintageSummary vintage, boolean created, int newAreas) {}
