package org.saferpartnerships.api.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.CaseFigures;
import org.saferpartnerships.casereview.CaseStatistics;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableWriter;

/** The statutory case review figures: public, with no personal data. */
@Path("v1/statistics/case-reviews")
@Produces({
  MediaType.APPLICATION_JSON,
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet"
})
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
  public Response figures(
      @Parameter(description = "One CSP, e.g. E22000013") @QueryParam("csp") String csp,
      @Parameter(description = "The CSPs of one police force area, e.g. E23000023")
          @QueryParam("pfa")
          String pfa,
      @Parameter(description = "First day, e.g. 2025-04-01") @QueryParam("from") String from,
      @Parameter(description = "Last day, e.g. 2026-03-31") @QueryParam("to") String to,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format) {
    TableFormat file = null;
    if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.trim())) {
      file = TableFormat.byExtension(format);
      if (file == null) {
        throw new InvalidParameterException("format", format);
      }
    }
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
    if (file == null) {
      return Response.ok(new Figures(start, end, rows), MediaType.APPLICATION_JSON).build();
    }
    return download(file, start, end, rows);
  }

  private static Response download(
      TableFormat file, LocalDate start, LocalDate end, List<CaseFigures> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (CaseFigures row : rows) {
      cells.add(
          Arrays.asList(
              row.cspCode(),
              row.cspName(),
              row.cspNameCy(),
              row.pfaCode(),
              row.pfaName(),
              start,
              end,
              row.applications(),
              row.thresholdNotMet(),
              row.reviews(),
              row.reviewsWithRecommendations()));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TableWriter.write(
        file,
        "ASB case reviews",
        List.of(
            "csp_code",
            "csp_name",
            "csp_name_cy",
            "pfa_code",
            "pfa_name",
            "from",
            "to",
            "applications",
            "threshold_not_met",
            "reviews",
            "reviews_with_recommendations"),
        TableWriter.all(cells),
        bytes);
    String name = "case-review-figures-" + start + "-to-" + end + "." + file.extension();
    return FileTransfer.attachment(bytes.toByteArray(), file.contentType(), name);
  }

  /** The figures of a period. */
  public record Figures(LocalDate from, LocalDate to, List<CaseFigures> csps) {}
}
