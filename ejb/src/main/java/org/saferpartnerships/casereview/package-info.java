/**
 * The ASB case review (Anti-social Behaviour, Crime and Policing Act 2014 s104, Schedule 4;
 * DOMAIN.md section 4): applications, the complaints linked to them, per-area threshold rules and
 * the engine that applies them, threshold decisions, and the statutory figures.
 */
package org.saferpartnerships.casereview;
