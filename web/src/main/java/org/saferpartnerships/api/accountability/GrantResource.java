package org.saferpartnerships.api.accountability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.accountability.grants.GrantRequest;
import org.saferpartnerships.accountability.grants.GrantService;
import org.saferpartnerships.accountability.grants.GrantView;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.api.submission.SubmissionBodies;
import org.saferpartnerships.platform.persistence.PageRequest;

/** The register of crime and disorder reduction grants (PRSRA 2011 s9). */
@Path("v1/grants")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Grants", description = "Crime and disorder reduction grants of policing bodies")
public class GrantResource {

  @EJB private GrantService grants;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "The grants of the caller's force areas (national roles: all), newest first")
  public PageResponse<GrantView> list(
      @Parameter(description = "Police force area code") @QueryParam("pfa") String pfa,
      @Parameter(description = "Financial year by its first year") @QueryParam("year") String year,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "awarded (default), amount, recipient, year") @QueryParam("sort")
          String sort,
      @QueryParam("dir") String direction) {
    PageRequest request = Params.page(page, size, sort, direction);
    return PageResponse.of(
        grants.list(Params.code(pfa), Params.optionalInteger("year", year), request), request);
  }

  @GET
  @Path("{id}")
  public GrantView get(@PathParam("id") String id) {
    return grants.get(Params.id("id", id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a grant (the policing body's reviewers)")
  public Response create(SubmissionBodies.Grant body) {
    long id = grants.create(request(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(grants.get(id))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct a grant or record a repayment; 409 if it changed since")
  public GrantView update(@PathParam("id") String id, SubmissionBodies.Grant body) {
    long grant = Params.id("id", id);
    grants.update(grant, request(body));
    return grants.get(grant);
  }

  private static GrantRequest request(SubmissionBodies.Grant body) {
    Params.required(body);
    return new GrantRequest(
        body.pfa(),
        body.csp(),
        body.recipient(),
        body.purpose(),
        body.amount(),
        body.year() == null ? 0 : body.year(),
        Params.date("awardedOn", body.awardedOn()),
        body.conditions(),
        Params.date("monitoringDueOn", body.monitoringDueOn()),
        body.repaidAmount(),
        body.repaymentNote(),
        body.version());
  }
}
