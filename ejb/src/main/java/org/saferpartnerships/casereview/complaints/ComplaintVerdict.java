package org.saferpartnerships.casereview.complaints;

import java.time.LocalDate;

/**
 * The engine's word on one complaint.
 *
 * @param key the complaint's key
 * @param outcome whether it qualifies, or why not
 * @param sameAs for {@link ComplaintOutcome#SAME_INCIDENT}: the complaint that counts instead
 * @param reportBy the last day it could have been reported and still qualify
 */
public record ComplaintVerdict(
    long key, ComplaintOutcome outcome, Long sameAs, LocalDate reportBy) {

  public boolean qualifies() {
    return outcome == ComplaintOutcome.QUALIFIES;
  }
}
