/**
 * When submissions are due: the yearly calendar of each type for each partnership, and whether each
 * came in on time.
 */
package org.saferpartnerships.submission.due;
