/**
 * The force-area dashboard: for each partnership, what was due, what came in on time, late or not
 * at all, and the recommendations open, read in one query per figure.
 */
package org.saferpartnerships.accountability.dashboard;
