package org.saferpartnerships.platform.startup;

/**
 * Fired once the schema is migrated, the reference data loaded and, where demo data is on, the demo
 * users loaded: the point at which a start-up step may ask whether the installation has people.
 */
public record DataLoaded() {}
