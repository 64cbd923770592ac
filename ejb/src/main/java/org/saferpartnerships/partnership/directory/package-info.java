/**
 * The read side of the registry: lists and detail pages of CSPs, police force areas and councils in
 * any vintage, as record projections paged and filtered in SQL. The rest of the application and the
 * API read the registry through {@link PartnershipDirectory}.
 */
package org.saferpartnerships.partnership.directory;
