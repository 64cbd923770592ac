package org.saferpartnerships.api.accountability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.accountability.published.PublishedReport;
import org.saferpartnerships.accountability.published.PublishedReports;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableWriter;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.DocumentFile;

/**
 * The reports policing bodies received under CDA s7, as they publish them: open to anyone, as JSON
 * or a CSV, XLSX or ODS file, with their documents.
 */
@Path("v1/published/reports")
@RequestScoped
@Tag(name = "Published", description = "What policing bodies publish; no sign-in")
public class PublishedReportResource {

  @EJB private PublishedReports reports;

  @GET
  @Produces({
    MediaType.APPLICATION_JSON,
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet"
  })
  @Operation(summary = "Reports received under section 7, newest first")
  public Response list(
      @Parameter(description = "One police force area, e.g. E23000023") @QueryParam("pfa")
          String pfa,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    TableFormat file = null;
    if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.trim())) {
      file = TableFormat.byExtension(format);
      if (file == null) {
        throw new InvalidParameterException("format", format);
      }
    }
    if (file == null) {
      PageRequest request = Params.page(page, size, null, null);
      return Response.ok(
              PageResponse.of(reports.list(Params.code(pfa), request), request),
              MediaType.APPLICATION_JSON)
          .build();
    }
    return download(file, Params.code(pfa));
  }

  /** Every report received in the force area (or all), as a spreadsheet or CSV. */
  private Response download(TableFormat file, String area) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TableWriter.write(
        file, "Reports received under section 7", HEADINGS, n -> rows(area, n), bytes);
    return FileTransfer.attachment(
        bytes.toByteArray(), file.contentType(), "section-7-reports." + file.extension());
  }

  private static final List<String> HEADINGS =
      List.of(
          "pfa_code",
          "pfa_name",
          "csp_code",
          "csp_name",
          "policing_body",
          "subject",
          "title",
          "requested_on",
          "due_on",
          "received_on",
          "documents");

  /** One page of 500 of the download's rows. */
  private List<List<?>> rows(String area, int n) {
    Page<PublishedReport> rows = reports.list(area, new PageRequest(n, 500, null, false));
    List<List<?>> cells = new ArrayList<>();
    for (PublishedReport r : rows.items()) {
      cells.add(
          Arrays.asList(
              r.pfaCode(),
              r.pfaName(),
              r.cspCode(),
              r.cspName(),
              r.bodyName(),
              r.subject(),
              r.title(),
              r.requestedOn(),
              r.dueOn(),
              r.receivedOn(),
              r.documents().stream()
                  .map(PublishedReport.Document::fileName)
                  .collect(Collectors.joining("; "))));
    }
    return cells;
  }

  @GET
  @Path("{id}/documents/{document}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "A document of a published report")
  public Response document(@PathParam("id") String id, @PathParam("document") String document) {
    DocumentFile file = reports.document(Params.id("id", id), Params.id("document", document));
    return FileTransfer.attachment(file.content(), file.contentType(), file.fileName());
  }
}
