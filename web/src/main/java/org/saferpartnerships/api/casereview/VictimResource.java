package org.saferpartnerships.api.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;
import org.saferpartnerships.casereview.victims.VictimLogService;
import org.saferpartnerships.casereview.victims.VictimView;

/**
 * Victims logged before any application, with their reports and the second-report prompt, for the
 * coordinators of their CSP. A victim outside the caller's sight answers 404.
 */
@Path("v1/victims")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews")
public class VictimResource {

  @EJB private VictimLogService victims;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Log a victim of a CSP in the caller's sight")
  public Response log(NewVictim body) {
    Params.required(body);
    long id = victims.log(body.csp(), body.name(), body.contact());
    return Response.status(Response.Status.CREATED).entity(victims.get(id)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A logged victim with their reports and whether to tell them (audited)")
  public VictimView get(@PathParam("id") String id) {
    return victims.get(id(id));
  }

  @POST
  @Path("{id}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Log a report; the answer's prompt is true once a second report falls within six months")
  public Response report(@PathParam("id") String id, ComplaintBody body) {
    Params.required(body);
    VictimView view =
        victims.addReport(
            id(id),
            new ComplaintRequest(
                Params.date("incidentDate", body.incidentDate()),
                Params.date("reportedOn", body.reportedOn()),
                Enums.parse(ComplaintAgency.class, "agency", body.agency()),
                body.agencyReference(),
                null,
                null,
                false,
                false,
                null));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @POST
  @Path("{id}/told")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that the victim was told about the case review, and how")
  public VictimView told(@PathParam("id") String id, Told body) {
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    ContactMethod how = Enums.parse(ContactMethod.class, "how", body.how());
    if (how == null) {
      throw new InvalidParameterException("how", "");
    }
    return victims.told(id(id), body.version(), how);
  }

  private static long id(String id) {
    Long value = Params.id("id", id);
    if (value == null) {
      throw new InvalidParameterException("id", id);
    }
    return value;
  }

  /** A victim to log. */
  public record NewVictim(String csp, String name, String contact) {}

  /** That the victim was told, and how (EMAIL, POST or PHONE). */
  public record Told(Long version, String how) {}
}
