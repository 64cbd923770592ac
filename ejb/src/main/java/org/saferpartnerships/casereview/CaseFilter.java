package org.saferpartnerships.casereview;

import java.time.LocalDate;
import org.saferpartnerships.workflow.engine.Priority;

/** The coordinator's list filters; null means any. */
public record CaseFilter(
    String cspCode,
    CaseState state,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    String reference,
    Priority priority) {

  public static CaseFilter none() {
    return new CaseFilter(null, null, null, null, null, null);
  }
}
