package org.saferpartnerships.casereview;

import java.time.LocalDate;
import org.saferpartnerships.casereview.threshold.ThresholdOutcome;
import org.saferpartnerships.casereview.victims.VictimType;
import org.saferpartnerships.workflow.engine.Priority;

/**
 * A case review in the coordinator's list: no personal data, so the list can be shown and exported
 * without disclosing anyone; the case page, which does, is audited.
 */
public record CaseReviewSummary(
    String reference,
    String cspCode,
    String cspName,
    CaseState state,
    LocalDate receivedOn,
    Channel channel,
    VictimType victimType,
    boolean hateRelated,
    ThresholdOutcome thresholdOutcome,
    LocalDate thresholdDecidedOn,
    Priority priority,
    LocalDate decisionDueOn,
    CaseState assessedStage)
    implements java.io.Serializable {

  /** Whether the case has moved on since its last risk assessment (or was never assessed). */
  public boolean reassessmentDue() {
    return state != CaseState.CLOSED && assessedStage != state;
  }

  /** Whether the threshold decision is still to be made and its deadline has passed. */
  public boolean decisionOverdue(LocalDate today) {
    return state.awaitsDecision() && decisionDueOn != null && decisionDueOn.isBefore(today);
  }
}
