/**
 * The registry pages: lists of CSPs, police force areas and councils (lazy, paged and filtered in
 * the database, exported as CSV), a page for each CSP and force area, and the administrator's pages
 * for imports and members.
 */
package org.saferpartnerships.web.partnership;
