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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.partnership.directory.CspDetail;
import org.saferpartnerships.partnership.directory.CspFilter;
import org.saferpartnerships.partnership.directory.CspSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/** Community Safety Partnerships: the filtered, paged list and one CSP with everything about it. */
@Path("v1/csps")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "CSPs", description = "Community Safety Partnerships by ONS vintage")
public class CspResource {

  @EJB private PartnershipDirectory directory;

  @GET
  @Operation(summary = "List CSPs, filtered and paged in the database")
  public ListResponse<CspSummary> list(
      @Parameter(description = "Police force area code, e.g. E23000023") @QueryParam("pfa")
          String pfa,
      @Parameter(description = "E (England) or W (Wales)") @QueryParam("country") String country,
      @Parameter(description = "Part of the code or the English or Welsh name") @QueryParam("q")
          String query,
      @Parameter(description = "Council type: E06, E07, E08, E09 or W06") @QueryParam("councilType")
          String councilType,
      @Parameter(description = "Only the CSPs in the caller's scope") @QueryParam("mine")
          boolean mine,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "code, name or forceArea") @QueryParam("sort") String sort,
      @Parameter(description = "asc or desc") @QueryParam("dir") String direction,
      @Parameter(description = "Vintage id (see /api/v1/registry/vintages)") @QueryParam("vintage")
          String vintage,
      @Parameter(description = "The vintage in force on this date (YYYY-MM-DD)") @QueryParam("on")
          String on) {
    VintageSummary read = directory.vintage(Params.id("vintage", vintage), Params.date("on", on));
    PageRequest request = Params.page(page, size, sort, direction);
    CspFilter filter =
        new CspFilter(
            Params.country(country),
            Params.code(pfa),
            query,
            Params.councilType(councilType),
            mine);
    Page<CspSummary> result = directory.findCsps(read, filter, request);
    return new ListResponse<>(result.items(), result.total(), request.page(), request.size(), read);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One CSP: councils, force area, policing body today, members, vintages")
  public CspDetail get(
      @PathParam("code") String code,
      @QueryParam("vintage") String vintage,
      @QueryParam("on") String on) {
    return directory.csp(code, Params.id("vintage", vintage), Params.date("on", on));
  }
}
