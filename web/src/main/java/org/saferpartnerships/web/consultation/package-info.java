/** Consultation pages: the list, set-up, a consultation with its tallies, imports and letters. */
package org.saferpartnerships.web.consultation;
