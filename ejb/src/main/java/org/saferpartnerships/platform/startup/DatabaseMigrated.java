package org.saferpartnerships.platform.startup;

/**
 * Fired synchronously once Flyway has brought the schema up to date, before the demo data is
 * loaded: contexts above the platform load their shipped reference data by observing it, so that
 * the platform never calls them. An observer that throws fails the start, which is retried.
 */
public record DatabaseMigrated() {}
