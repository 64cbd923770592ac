package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.suggestions.DiscoveryService;
import org.saferpartnerships.consultation.suggestions.DiscoveryView;

/** Candidate themes found in the answers nobody has coded yet. */
@Path("v1/consultations/{id}/discovery")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class DiscoveryResource {

  @EJB private DiscoveryService discovery;

  @GET
  @Operation(
      summary =
          "Candidate themes in the answers nobody has coded yet: topics (2 to 30) of one"
              + " free-text question or all, of answers in Welsh (welsh=true), in English"
              + " (welsh=false) or both, each named, with its telling words and typical answers")
  public DiscoveryView discover(
      @PathParam("id") String id,
      @QueryParam("question") String question,
      @QueryParam("topics") String topics,
      @QueryParam("welsh") String welsh) {
    return discovery.discover(
        Params.pathId(id),
        Params.id("question", question),
        Params.optionalInteger("topics", topics),
        Params.optionalTruth("welsh", welsh));
  }
}
