/**
 * Start-up: the Flyway migrator that brings the one data source to the current schema before
 * anything else runs, and the readiness check that reports whether it did.
 */
package org.saferpartnerships.platform.startup;
