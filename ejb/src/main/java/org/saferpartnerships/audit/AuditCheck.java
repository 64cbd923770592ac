package org.saferpartnerships.audit;

/**
 * What the verifier found.
 *
 * @param rows rows read
 * @param intact whether every row's hash and link is right and the head names the last row
 * @param firstBrokenId the first row whose hash or link is wrong, or null
 * @param problem what is wrong, in English for the data protection officer, or null
 * @param head the head's MAC when the log is intact: noted elsewhere from time to time, it shows
 *     later whether the log was rolled back to an earlier state as a whole
 */
public record AuditCheck(
    long rows, boolean intact, Long firstBrokenId, String problem, String head) {

  public AuditCheck(long rows, boolean intact, Long firstBrokenId, String problem) {
    this(rows, intact, firstBrokenId, problem, null);
  }
}
