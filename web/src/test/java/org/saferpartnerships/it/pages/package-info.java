/**
 * Page objects for the browser tests: one class per page, offering what a user does and reads there
 * in the user's words, so that a scenario reads as the story it tells. Each stands on {@link
 * org.saferpartnerships.it.Browser}, which drives Chromium and scans every page with axe-core.
 */
package org.saferpartnerships.it.pages;
