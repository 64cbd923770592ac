package org.saferpartnerships.workflow.items;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * What opening a work item needs: its type, CSP (GSS code), what it is about and the kind of body
 * it is addressed to. Routing chooses the organisation and queue. The due date is the SLA policy's,
 * unless the sender sets one (a case review's recommendation names its own). An addressee (an
 * organisation's id) narrows routing to that one body of the target kind, such as the victim's own
 * social landlord among a partnership's several; if it is not such a body of the CSP, the item goes
 * to triage as any unroutable item does.
 */
public record OpenRequest(
    @NotBlank(message = "{workItem.type.required}") String itemType,
    @NotBlank(message = "{workItem.csp.required}") String cspCode,
    @NotBlank(message = "{workItem.title.required}")
        @Size(max = 200, message = "{workItem.title.size}")
        String title,
    @Size(max = 4000, message = "{workItem.details.size}") String details,
    @NotNull(message = "{workItem.targetBody.required}") TargetBody targetBody,
    Priority priority,
    @Size(max = 100) String subjectRef,
    LocalDate dueOn,
    Long addressee) {

  /** A request whose due date the sender sets, routed as any work for the target body is. */
  public OpenRequest(
      String itemType,
      String cspCode,
      String title,
      String details,
      TargetBody targetBody,
      Priority priority,
      String subjectRef,
      LocalDate dueOn) {
    this(itemType, cspCode, title, details, targetBody, priority, subjectRef, dueOn, null);
  }

  /** A request whose due date the item's SLA policy sets. */
  public OpenRequest(
      String itemType,
      String cspCode,
      String title,
      String details,
      TargetBody targetBody,
      Priority priority,
      String subjectRef) {
    this(itemType, cspCode, title, details, targetBody, priority, subjectRef, null, null);
  }
}
