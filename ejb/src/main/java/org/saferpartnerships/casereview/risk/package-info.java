/**
 * Risk assessment of a case: risk forms (questions, options and scores, versioned and edited by
 * administrators), the assessments made with them, and the scoring that sets a case's risk band,
 * priority and SLA.
 */
package org.saferpartnerships.casereview.risk;
