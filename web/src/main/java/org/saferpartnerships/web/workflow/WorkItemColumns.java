package org.saferpartnerships.web.workflow;

import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.Columns.Words;
import org.saferpartnerships.workflow.items.WorkItemSummary;

/** The columns of an inbox download, on the inbox page and from GET /api/v1/work-items. */
public final class WorkItemColumns {

  private WorkItemColumns() {}

  public static Columns<WorkItemSummary> of(Words words) {
    return new Columns<WorkItemSummary>()
        .add("reference", "column.reference", WorkItemSummary::reference)
        .add("type", "column.type", i -> words.of("workflow.type.", i.itemType()))
        .add("title", "column.title", WorkItemSummary::title)
        .add("csp_code", "column.cspCode", WorkItemSummary::cspCode)
        .add("csp", "column.csp", i -> words.name(i.cspName(), i.cspNameCy()))
        .add(
            "holder",
            "column.holder",
            i -> words.name(i.organisationName(), i.organisationNameCy()))
        .add("queue", "column.queue", i -> words.named("queue.", i.queue()))
        .add("assignee", "column.assignee", WorkItemSummary::assigneeName)
        .add("state", "column.state", i -> words.of("workflow.state.", i.state()))
        .add("priority", "column.priority", i -> words.of("priority.", i.priority()))
        .add("due_on", "column.due", WorkItemSummary::dueOn)
        .add("sla", "column.sla", i -> words.of("sla.", i.sla()))
        .add("escalation_level", "column.escalation", WorkItemSummary::escalationLevel);
  }
}
