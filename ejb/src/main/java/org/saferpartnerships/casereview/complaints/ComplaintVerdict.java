package org.saferpartnerships.casereview.complaints;

import java.time.LocalDate;

/**
 * The engine's word on one complaint, with the boundaries it was measured against so that the
 * coordinator (and the letter to the applicant) can be told why.
 *
 * @param key the complaint's key
 * @param outcome whether it qualifies, or why not
 * @param sameAs for {@link ComplaintOutcome#SAME_INCIDENT}: the complaint that counts instead
 * @param reportBy the last day of the month beginning with the day of the behaviour: the last day
 *     it could have been reported and still qualify
 * @param reportDay the day of that month on which it was reported, the day of the behaviour being
 *     day 1 (a report on day 32 of a 31-day month is too late)
 * @param applyBy the last day of the months beginning with the day it was reported: the last day an
 *     application could be made with it counting
 */
public record ComplaintVerdict(
    long key,
    ComplaintOutcome outcome,
    Long sameAs,
    LocalDate reportBy,
    long reportDay,
    LocalDate applyBy) {

  public boolean qualifies() {
    return outcome == ComplaintOutcome.QUALIFIES;
  }
}
