package org.saferpartnerships.api.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.workflow.engine.Destination;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.routing.RoutingRuleDefinition;
import org.saferpartnerships.workflow.routing.RoutingRuleService;
import org.saferpartnerships.workflow.routing.RoutingRuleSummary;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Routing rules: the active ones in the order tried, a rule's revisions, and administrators' edits.
 */
@Path("v1/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.Names.ADMIN, Role.Names.CSP_COORDINATOR})
@Tag(name = "Routing rules")
public class RoutingRuleResource {

  /** A rule as written by an administrator; areas by GSS code. */
  public record RuleBody(
      String key,
      String description,
      String descriptionCy,
      String itemType,
      String csp,
      String pfa,
      String targetBody,
      String priority,
      Integer precedence,
      String destination,
      Long organisationId,
      String queue) {}

  @EJB private RoutingRuleService rules;

  @GET
  @Operation(summary = "The active rules, in the order they are tried")
  public List<RoutingRuleSummary> active() {
    return rules.active();
  }

  @GET
  @Path("{key}")
  @Operation(summary = "Every revision of one rule, newest first")
  public List<RoutingRuleSummary> revisions(@PathParam("key") String key) {
    return rules.revisions(key);
  }

  @POST
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Add a rule (administrators)")
  public Response add(RuleBody body) {
    rules.add(definition(body, body == null ? null : body.key()));
    return Response.status(Response.Status.CREATED).entity(rules.revisions(body.key())).build();
  }

  @PUT
  @Path("{key}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Revise a rule: the active revision is retired and the next added")
  public List<RoutingRuleSummary> revise(@PathParam("key") String key, RuleBody body) {
    rules.revise(key, definition(body, key));
    return rules.revisions(key);
  }

  @DELETE
  @Path("{key}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Retire a rule; its revisions stay for the items it routed")
  public Response retire(@PathParam("key") String key) {
    rules.retire(key);
    return Response.noContent().build();
  }

  private static RoutingRuleDefinition definition(RuleBody body, String key) {
    Params.required(body);
    return new RoutingRuleDefinition(
        key,
        body.description(),
        body.descriptionCy(),
        body.itemType(),
        body.csp(),
        body.pfa(),
        Enums.parse(TargetBody.class, "targetBody", body.targetBody()),
        Enums.parse(Priority.class, "priority", body.priority()),
        body.precedence() == null ? 100 : body.precedence(),
        Enums.parse(Destination.class, "destination", body.destination()),
        body.organisationId(),
        body.queue());
  }
}
