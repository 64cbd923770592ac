package org.saferpartnerships.casereview.threshold;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * The coordinator's threshold decision. Without discretion it records what the engine computed;
 * with discretion it records the threshold met for a vulnerable victim although the complaints do
 * not meet it, naming the senior officer who decided and why.
 *
 * @param version the case's version the coordinator saw
 */
public record ThresholdDecision(
    long version,
    boolean discretionary,
    @Size(max = 200, message = "{thresholdDecision.decidedBy.size}") String decidedBy,
    @Size(max = 2000, message = "{thresholdDecision.reason.size}") String reason) {

  @AssertTrue(message = "{thresholdDecision.discretion.required}")
  public boolean isDiscretionExplained() {
    return !discretionary
        || decidedBy != null && !decidedBy.isBlank() && reason != null && !reason.isBlank();
  }
}
