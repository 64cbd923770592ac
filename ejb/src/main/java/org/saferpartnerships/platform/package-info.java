/**
 * How the application runs: the one data source, the Flyway migrator and reference-data loading at
 * start-up, readiness, the injectable clock, and the paging and query conventions that every
 * context's repositories share.
 */
package org.saferpartnerships.platform;
