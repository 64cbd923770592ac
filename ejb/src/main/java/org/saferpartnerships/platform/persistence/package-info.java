/**
 * The persistence conventions every context's repositories share: {@code Page} and {@code
 * PageRequest} for paged lists filtered in SQL, {@code JpqlConditions} for optional filters, {@code
 * BulkInsert} and {@code SqlValues} for batched JDBC writes, and the converters that store instants
 * as UTC.
 */
package org.saferpartnerships.platform.persistence;
