package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
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
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.coding.CodebookService;
import org.saferpartnerships.consultation.coding.ThemeRequest;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.consultation.followups.FollowUpRequest;
import org.saferpartnerships.consultation.followups.FollowUpService;
import org.saferpartnerships.workflow.routing.TargetBody;

/** A consultation's codebook: its themes, and follow-ups raised from a theme (you said, we did). */
@Path("v1/consultations/{id}/themes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class ThemeResource {

  @EJB private CodebookService codebook;

  @EJB private FollowUpService followUps;

  @GET
  @Operation(summary = "The codebook in tree order, with the answers given each theme")
  public List<ThemeView> themes(@PathParam("id") String id) {
    return codebook.codebook(Params.pathId(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a theme, at the top or under a broader one (three levels at most)")
  public Response addTheme(@PathParam("id") String id, ThemeBody body) {
    Params.required(body);
    return Response.status(Response.Status.CREATED)
        .entity(codebook.addTheme(Params.pathId(id), theme(body)))
        .build();
  }

  @PUT
  @Path("{themeId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reword a theme's labels and definitions; version is the theme's as read")
  public ThemeView editTheme(
      @PathParam("id") String id, @PathParam("themeId") String themeId, ThemeBody body) {
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    return codebook.editTheme(
        Params.pathId(id), Params.id("themeId", themeId), body.version(), theme(body));
  }

  private static ThemeRequest theme(ThemeBody body) {
    return new ThemeRequest(
        body.code(),
        body.labelEn(),
        body.labelCy(),
        body.definitionEn(),
        body.definitionCy(),
        body.parentId());
  }

  @POST
  @Path("{themeId}/follow-ups")
  @Operation(
      summary =
          "Raise a follow-up of a theme (you said, we did): an action request routed to the"
              + " responsible partner of a CSP; 201 with the work item's id")
  public Response raiseFollowUp(
      @PathParam("id") String id, @PathParam("themeId") String themeId, FollowUpBody body) {
    if (body == null) {
      body = new FollowUpBody(null, null, null, null, null);
    }
    TargetBody target;
    try {
      target = body.targetBody() == null ? null : TargetBody.valueOf(body.targetBody());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("targetBody", body.targetBody());
    }
    long item =
        followUps.raise(
            Params.pathId(id),
            Params.id("themeId", themeId),
            new FollowUpRequest(
                body.cspCode(),
                target,
                body.title(),
                body.details(),
                body.dueOn() == null ? null : Params.date("dueOn", body.dueOn())));
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("workItemId", item).build())
        .build();
  }

  /** A theme. */
  public record ThemeBody(
      Long version,
      String code,
      String labelEn,
      String labelCy,
      String definitionEn,
      String definitionCy,
      Long parentId) {}

  /** A follow-up to raise. */
  public record FollowUpBody(
      String cspCode, String targetBody, String title, String details, String dueOn) {}
}
