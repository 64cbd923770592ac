package org.saferpartnerships.casereview;

import java.time.LocalDate;
import org.saferpartnerships.workflow.engine.Priority;

/**
 * The coordinator's list filters; null means any. {@code decision}: only cases whose threshold
 * decision is still to make and due in that window.
 */
public record CaseFilter(
    String cspCode,
    CaseState state,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    String reference,
    Priority priority,
    DecisionDue decision) {

  public static CaseFilter none() {
    return new CaseFilter(null, null, null, null, null, null, null);
  }

  /** Only the cases whose decision is due in the window. */
  public static CaseFilter decisions(DecisionDue decision) {
    return new CaseFilter(null, null, null, null, null, null, decision);
  }
}
