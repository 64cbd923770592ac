/**
 * The partnership registry: GSS-coded areas and the versioned ONS mapping of councils (LAD) to
 * Community Safety Partnerships (CSP) to police force areas (PFA), organisations and their CSP
 * membership, and the body holding PCC functions in each force area over time. Other contexts read
 * it through {@link org.saferpartnerships.partnership.directory.PartnershipDirectory}.
 */
package org.saferpartnerships.partnership;
