package org.saferpartnerships.api.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.CaseFigures;
import org.saferpartnerships.casereview.CaseStatistics;

/** The statutory case review figures: public, with no personal data. */
@Path("v1/statistics/case-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Statistics", description = "Published figures")
public class StatisticsResource {

  @EJB private CaseStatistics statistics;

  @Inject private Clock clock;

  @GET
  @Operation(
      summary =
          "Applications received, threshold not met, reviews carried out and reviews with"
              + " recommendations, per CSP, for a period (default: the last financial year)")
  public Figures figures(
      @Parameter(description = "One CSP, e.g. E22000013") @QueryParam("csp") String csp,
      @Parameter(description = "The CSPs of one police force area, e.g. E23000023")
          @QueryParam("pfa")
          String pfa,
      @Parameter(description = "First day, e.g. 2025-04-01") @QueryParam("from") String from,
      @Parameter(description = "Last day, e.g. 2026-03-31") @QueryParam("to") String to) {
    LocalDate start = Params.date("from", from);
    LocalDate end = Params.date("to", to);
    if ((start == null) != (end == null)) {
      throw new InvalidParameterException(start == null ? "from" : "to", "");
    }
    if (start == null) {
      LocalDate today = LocalDate.now(clock);
      int year = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
      start = LocalDate.of(year, 4, 1);
      end = LocalDate.of(year + 1, 3, 31);
    }
    List<CaseFigures> rows = statistics.figures(start, end, Params.code(csp), Params.code(pfa));
    return new Figures(start, end, rows);
  }

  /** The figures of a period. */
  public record Figures(LocalDate from, LocalDate to, List<CaseFigures> csps) {}
}
