package org.saferpartnerships.casereview;

import java.time.LocalDate;

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
    LocalDate thresholdDecidedOn) {}
