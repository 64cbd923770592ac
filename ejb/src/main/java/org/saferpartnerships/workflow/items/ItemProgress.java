package org.saferpartnerships.workflow.items;

import java.time.LocalDate;

/** Where a work item has got: its state, whether it is still open, when due, and who holds it. */
public record ItemProgress(
    long id,
    String state,
    boolean active,
    LocalDate dueOn,
    long holderId,
    String holderName,
    String holderNameCy) {

  public String reference() {
    return WorkItem.reference(id);
  }
}
