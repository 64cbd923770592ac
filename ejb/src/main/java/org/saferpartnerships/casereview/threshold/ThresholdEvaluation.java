package org.saferpartnerships.casereview.threshold;

import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.casereview.complaints.ComplaintVerdict;

/**
 * What the threshold engine computed for one application: each complaint's verdict, how many
 * qualify, and whether (and how) the threshold is met. It is a computation, not a decision: the
 * coordinator's decision records it, or records a discretionary decision against it.
 *
 * @param terms the rule applied (the one in force on the day the application was received)
 * @param receivedOn the day the application was received
 * @param windowStart the first day a complaint may have been reported and still qualify
 * @param verdicts one per complaint, in the order given
 * @param qualifying the number of qualifying complaints, the same incident counted once
 * @param route how the threshold is met, or null when it is not
 * @param location for {@link ThresholdRoute#LOCATION}: the location, as first written
 */
public record ThresholdEvaluation(
    ThresholdTerms terms,
    LocalDate receivedOn,
    LocalDate windowStart,
    List<ComplaintVerdict> verdicts,
    int qualifying,
    ThresholdRoute route,
    String location) {

  public ThresholdEvaluation {
    verdicts = List.copyOf(verdicts);
  }

  public boolean met() {
    return route != null;
  }

  /** Qualifying complaints still needed to meet the threshold by count; 0 when it is met. */
  public int shortBy() {
    return Math.max(0, terms.complaintsRequired() - qualifying);
  }
}
