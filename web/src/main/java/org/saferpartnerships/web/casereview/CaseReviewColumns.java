package org.saferpartnerships.web.casereview;

import org.saferpartnerships.casereview.CaseReviewSummary;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.Columns.Words;

/**
 * The columns of a case review list's download, on the case list and from GET /api/v1/case-reviews:
 * as the list, no personal data.
 */
public final class CaseReviewColumns {

  private CaseReviewColumns() {}

  public static Columns<CaseReviewSummary> of(Words words) {
    return new Columns<CaseReviewSummary>()
        .add("reference", "column.reference", CaseReviewSummary::reference)
        .add("csp_code", "column.cspCode", CaseReviewSummary::cspCode)
        .add("csp", "column.csp", CaseReviewSummary::cspName)
        .add("received_on", "cases.received", CaseReviewSummary::receivedOn)
        .add("channel", "cases.channel", c -> words.of("channel.", c.channel()))
        .add("victim_type", "cases.victimType", c -> words.of("victimType.", c.victimType()))
        .add("hate_related", "cases.hateRelated", c -> words.of("yesNo.", c.hateRelated()))
        .add("state", "column.state", c -> words.of("caseState.", c.state()))
        .add("priority", "cases.priority", c -> words.of("priority.", c.priority()))
        .add(
            "decision_due_on",
            "cases.decisionDue",
            c -> c.state().awaitsDecision() ? c.decisionDueOn() : null)
        .add(
            "threshold",
            "cases.threshold",
            c -> words.of("thresholdOutcome.", c.thresholdOutcome()))
        .add("threshold_decided_on", "cases.decided", CaseReviewSummary::thresholdDecidedOn);
  }
}
