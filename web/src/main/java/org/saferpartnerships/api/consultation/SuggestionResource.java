package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.suggestions.SuggestionLine;
import org.saferpartnerships.consultation.suggestions.SuggestionRunView;
import org.saferpartnerships.consultation.suggestions.SuggestionService;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.PageRequest;

/** Theme suggestions: train on the coding so far, see how well they do, accept or reject each. */
@Path("v1/consultations/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class SuggestionResource {

  @EJB private SuggestionService suggestions;

  @POST
  @Path("runs")
  @Operation(
      summary =
          "Train theme suggestions on the coding so far, in the background (202); refused with"
              + " fewer than 20 coded answers or while another training runs")
  public Response train(@PathParam("id") String id) {
    return Response.accepted(suggestions.start(Params.pathId(id))).build();
  }

  @GET
  @Path("runs/latest")
  @Operation(
      summary =
          "The latest training: its state and, once done, precision, recall and F1 on the coded"
              + " answers held back (micro, macro and per theme) beside the most-frequent-themes"
              + " baseline, and the training time")
  public SuggestionRunView latestRun(@PathParam("id") String id) {
    return suggestions
        .latest(Params.pathId(id))
        .orElseThrow(() -> new NotFoundException("notFound.suggestionRun", id));
  }

  @GET
  @Operation(summary = "Suggestions waiting for a person, most confident first, paged")
  public PageResponse<SuggestionLine> openSuggestions(
      @PathParam("id") String id,
      @QueryParam("theme") String theme,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(
        suggestions.open(Params.pathId(id), Params.id("theme", theme), request), request);
  }

  @POST
  @Path("{suggestionId}/{decision: accept|reject}")
  @Operation(
      summary =
          "Accept a suggestion (the theme joins your coding of the answer) or reject it; version"
              + " is the suggestion's as read")
  public Response decide(
      @PathParam("id") String id,
      @PathParam("suggestionId") String suggestionId,
      @PathParam("decision") String decision,
      @QueryParam("version") String version) {
    Long expected = Params.id("version", version);
    if (expected == null) {
      throw new InvalidParameterException("version", "");
    }
    suggestions.decide(
        Params.pathId(id),
        Params.id("suggestionId", suggestionId),
        decision.equals("accept"),
        expected);
    return Response.noContent().build();
  }
}
