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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.partnership.directory.ForceAreaDetail;
import org.saferpartnerships.partnership.directory.ForceAreaFilter;
import org.saferpartnerships.partnership.directory.ForceAreaSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/** Police force areas with their policing bodies over time and their CSPs. */
@Path("v1/police-force-areas")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Police force areas", description = "Force areas, their CSPs and policing bodies")
public class PoliceForceAreaResource {

  @EJB private PartnershipDirectory directory;

  @GET
  @Operation(summary = "List police force areas with their CSP count and policing body today")
  public ListResponse<ForceAreaSummary> list(
      @QueryParam("country") String country,
      @QueryParam("q") String query,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @QueryParam("sort") String sort,
      @QueryParam("dir") String direction,
      @QueryParam("vintage") String vintage,
      @QueryParam("on") String on) {
    LocalDate day = Params.date("on", on);
    VintageSummary read = directory.vintage(Params.id("vintage", vintage), day);
    PageRequest request = Params.page(page, size, sort, direction);
    Page<ForceAreaSummary> result =
        directory.findForceAreas(
            read, new ForceAreaFilter(Params.country(country), query), day, request);
    return new ListResponse<>(result.items(), result.total(), request.page(), request.size(), read);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One force area: its CSPs, its policing body today and that body's history")
  public ForceAreaDetail get(
      @PathParam("code") String code,
      @QueryParam("vintage") String vintage,
      @QueryParam("on") String on) {
    return directory.forceArea(code, Params.id("vintage", vintage), Params.date("on", on));
  }
}
