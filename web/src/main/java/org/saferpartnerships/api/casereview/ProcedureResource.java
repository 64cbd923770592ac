package org.saferpartnerships.api.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.threshold.PublishedProcedure;
import org.saferpartnerships.casereview.threshold.ThresholdRuleService;

/**
 * Each partnership's published ASB case review procedure (ASBCPA 2014 s104(2)), without sign-in.
 */
@Path("v1/published/case-review-procedures")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews")
public class ProcedureResource {

  @EJB private ThresholdRuleService rules;

  @GET
  @Path("{csp}")
  @Operation(
      summary =
          "A partnership's case review procedure: the threshold in force today (held to the Act),"
              + " the procedure and point of contact published with it")
  public PublishedProcedure get(@PathParam("csp") String csp) {
    return rules.published(Params.code(csp));
  }
}
