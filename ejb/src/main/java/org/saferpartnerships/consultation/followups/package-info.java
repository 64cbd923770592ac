/**
 * Follow-ups on a theme: action requests sent to an organisation about what respondents raised,
 * routed as work items.
 */
package org.saferpartnerships.consultation.followups;
