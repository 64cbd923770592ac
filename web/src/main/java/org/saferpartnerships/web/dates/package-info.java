/**
 * Dates as the pages show them: days and times in the page's language ({@code dates} in EL), and
 * the financial years (April to March) the submission and accountability pages choose from.
 */
package org.saferpartnerships.web.dates;
