package org.saferpartnerships.partnership.directory;

import org.saferpartnerships.partnership.registry.CouncilType;
import org.saferpartnerships.partnership.registry.Country;

/** The filters of the council list; null means "any". */
public record CouncilFilter(
    Country country, String pfaCode, String query, CouncilType councilType) {}
