package org.saferpartnerships.workflow.items;

import java.time.LocalDate;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.sla.SlaState;

/** One row of an inbox: the item, who holds it, and where it stands against its SLA today. */
public record WorkItemSummary(
    long id,
    String itemType,
    String title,
    String cspCode,
    String cspName,
    String cspNameCy,
    String organisationName,
    String organisationNameCy,
    String queue,
    String assigneeName,
    String state,
    Priority priority,
    LocalDate dueOn,
    LocalDate warnOn,
    LocalDate pausedOn,
    boolean active,
    int escalationLevel,
    long version,
    SlaState sla)
    implements java.io.Serializable {

  /** For JPQL constructor expressions; the SLA state is added by {@link #on}. */
  public WorkItemSummary(
      long id,
      String itemType,
      String title,
      String cspCode,
      String cspName,
      String cspNameCy,
      String organisationName,
      String organisationNameCy,
      String queue,
      String assigneeName,
      String state,
      Priority priority,
      LocalDate dueOn,
      LocalDate warnOn,
      LocalDate pausedOn,
      boolean active,
      int escalationLevel,
      long version) {
    this(
        id,
        itemType,
        title,
        cspCode,
        cspName,
        cspNameCy,
        organisationName,
        organisationNameCy,
        queue,
        assigneeName,
        state,
        priority,
        dueOn,
        warnOn,
        pausedOn,
        active,
        escalationLevel,
        version,
        null);
  }

  public WorkItemSummary on(LocalDate today) {
    return new WorkItemSummary(
        id,
        itemType,
        title,
        cspCode,
        cspName,
        cspNameCy,
        organisationName,
        organisationNameCy,
        queue,
        assigneeName,
        state,
        priority,
        dueOn,
        warnOn,
        pausedOn,
        active,
        escalationLevel,
        version,
        SlaState.of(active, pausedOn, warnOn, dueOn, today));
  }

  public String reference() {
    return WorkItem.reference(id);
  }
}
