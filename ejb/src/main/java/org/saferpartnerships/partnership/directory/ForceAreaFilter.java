package org.saferpartnerships.partnership.directory;

import org.saferpartnerships.partnership.registry.Country;

/** The filters of the police force area list; null means "any". */
public record ForceAreaFilter(Country country, String query) {}
