/**
 * Consultations (DESIGN.md section 2): a consultation's questions and respondent categories, the
 * responses imported from files or typed in from letters, and the tallies of its closed questions.
 */
package org.saferpartnerships.consultation;
