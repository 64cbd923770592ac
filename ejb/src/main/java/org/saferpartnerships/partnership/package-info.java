/**
 * The partnership registry: GSS-coded areas and the versioned ONS mapping of councils (LAD) to
 * Community Safety Partnerships (CSP) to police force areas (PFA), organisations and their CSP
 * membership, and the body holding PCC functions in each force area over time. Other contexts ask
 * its questions of a day D ("the force area of this CSP on D", "the body governing this force area
 * on D", "the CSPs this body governs on D") through {@link
 * org.saferpartnerships.partnership.Registry} and never query its tables themselves; the registry
 * pages and API read it through {@link
 * org.saferpartnerships.partnership.directory.PartnershipDirectory}.
 */
package org.saferpartnerships.partnership;
