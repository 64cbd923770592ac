/** The consultations API: setup, responses, imports and tallies. */
package org.saferpartnerships.api.consultation;
