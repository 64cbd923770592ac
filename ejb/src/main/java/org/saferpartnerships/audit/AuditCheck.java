package org.saferpartnerships.audit;

/**
 * What the verifier found.
 *
 * @param rows rows read
 * @param intact whether every row's hash and link is right and the head names the last row
 * @param firstBrokenId the first row whose hash or link is wrong, or null
 * @param problem what is wrong, in English for the data protection officer, or null
 */
public record AuditCheck(long rows, boolean intact, Long firstBrokenId, String problem) {}
