/**
 * The threshold (s104): the rules each area may set within the law, with the procedure published
 * with them, the periods counted as the Act counts them ({@code StatutoryPeriod}), the engine that
 * counts complaints against them, the decision recorded on a case, the published local procedures
 * seeded at start-up, and the prompt to consider a second report.
 */
package org.saferpartnerships.casereview.threshold;
