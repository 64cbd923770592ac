/**
 * The threshold (s104): the rules each area may set within the law, the engine that counts
 * complaints against them, the decision recorded on a case, and the prompt to consider a second
 * report.
 */
package org.saferpartnerships.casereview.threshold;
