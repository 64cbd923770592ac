package org.saferpartnerships.api.partnership;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.partnership.directory.CouncilFilter;
import org.saferpartnerships.partnership.directory.CouncilSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/** Councils (local authority districts) with their GSS codes and the CSPs covering them. */
@Path("v1/councils")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Councils", description = "Councils and the CSPs that cover them, by vintage")
public class CouncilResource {

  @EJB private PartnershipDirectory directory;

  @GET
  @Operation(summary = "List councils, filtered and paged in the database")
  public ListResponse<CouncilSummary> list(
      @QueryParam("pfa") String pfa,
      @QueryParam("country") String country,
      @QueryParam("q") String query,
      @QueryParam("councilType") String councilType,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @QueryParam("sort") String sort,
      @QueryParam("dir") String direction,
      @QueryParam("vintage") String vintage,
      @QueryParam("on") String on) {
    VintageSummary read = directory.vintage(Params.id("vintage", vintage), Params.date("on", on));
    PageRequest request = Params.page(page, size, sort, direction);
    CouncilFilter filter =
        new CouncilFilter(
            Params.country(country), Params.code(pfa), query, Params.councilType(councilType));
    Page<CouncilSummary> result = directory.findCouncils(read, filter, request);
    return new ListResponse<>(result.items(), result.total(), request.page(), request.size(), read);
  }

  @GET
  @Path("{code}")
  @Operation(
      summary =
          "One council and the CSPs covering it, e.g. which CSP E07000008 was in on 2019-06-30")
  public CouncilSummary get(
      @PathParam("code") String code,
      @QueryParam("vintage") String vintage,
      @QueryParam("on") String on) {
    return directory.council(code, Params.id("vintage", vintage), Params.date("on", on));
  }
}
