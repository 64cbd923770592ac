/**
 * Consultations (DESIGN.md section 2): a consultation's questions, options and respondent
 * categories. Responses, imports, coding, suggestions, campaigns, follow-ups, reports and text
 * analysis each have their own package below.
 */
package org.saferpartnerships.consultation;
