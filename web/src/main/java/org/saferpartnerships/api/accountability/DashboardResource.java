package org.saferpartnerships.api.accountability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.accountability.dashboard.Dashboard;
import org.saferpartnerships.accountability.dashboard.DashboardService;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.submission.due.Timeliness;

/** The accountability dashboards: a force area's CSPs, or every force area (counts only). */
@Path("v1/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Dashboards", description = "Submissions, recommendations, case reviews and grants")
public class DashboardResource {

  @EJB private DashboardService dashboards;

  @Inject private Clock clock;

  @GET
  @Path("pfa/{code}")
  @Operation(
      summary = "A force area's CSPs at a glance (its policing body's reviewers; national roles)")
  public Dashboard forceArea(
      @PathParam("code") String code,
      @Parameter(description = "Financial year by its first year; the current one if not given")
          @QueryParam("year")
          String year) {
    return dashboards.forceArea(Params.code(code), year(year));
  }

  @GET
  @Path("national")
  @Operation(summary = "Every force area, summed from its CSPs (national roles)")
  public Dashboard national(@QueryParam("year") String year) {
    return dashboards.national(year(year));
  }

  private int year(String value) {
    Integer year = Params.optionalInteger("year", value);
    return year != null ? year : Timeliness.financialYearOf(LocalDate.now(clock));
  }
}
