/**
 * The consultation's figures: tallies of closed questions by respondent category and the report
 * built from them.
 */
package org.saferpartnerships.consultation.reports;
