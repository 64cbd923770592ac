/**
 * Campaign responses: groups of near-identical answers found in the text, shown with what each
 * member added.
 */
package org.saferpartnerships.consultation.campaigns;
