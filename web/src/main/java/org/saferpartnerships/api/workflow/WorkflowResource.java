package org.saferpartnerships.api.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.workflow.engine.Transition;
import org.saferpartnerships.workflow.engine.Workflows;

/** The workflows' transition tables, as the diagram page draws them. */
@Path("v1/workflows")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Work items")
public class WorkflowResource {

  /** One workflow: its states, which are final, its SLA policy and its transition table. */
  public record WorkflowBody(
      String type,
      String initialState,
      List<String> states,
      List<String> finalStates,
      String slaPolicy,
      List<Transition> transitions) {}

  @Inject private Workflows workflows;

  @GET
  @Operation(summary = "Every workflow with its states and transitions")
  public List<WorkflowBody> list() {
    return workflows.all().stream()
        .map(
            workflow ->
                new WorkflowBody(
                    workflow.type(),
                    workflow.initialState(),
                    workflow.states(),
                    List.copyOf(workflow.finalStates()),
                    workflow.slaPolicyCode(),
                    workflow.transitions()))
        .toList();
  }
}
