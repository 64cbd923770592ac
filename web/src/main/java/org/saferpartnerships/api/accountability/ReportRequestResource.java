package org.saferpartnerships.api.accountability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.accountability.requests.ReportRequestService;
import org.saferpartnerships.accountability.requests.ReportRequestView;
import org.saferpartnerships.api.ListDownload;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.api.submission.SubmissionBodies;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.accountability.AccountabilityColumns;
import org.saferpartnerships.web.tables.Columns;

/**
 * Report requests (CDA 1998 s7(1)): a policing body's reviewer asks a CSP of its force area for a
 * report by a day; the partnership answers by sending a reply (a submission of type
 * REPORT_REQUEST_REPLY naming the request).
 */
@Path("v1/report-requests")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Submissions")
public class ReportRequestResource {

  @EJB private ReportRequestService requests;

  @Context private UriInfo uri;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListDownload.CSV, ListDownload.XLSX, ListDownload.ODS})
  @Operation(
      summary =
          "The report requests of the caller's CSPs (a reviewer's force area), newest first; with"
              + " format=csv, xlsx or ods all that match as a file")
  public Response list(
      @QueryParam("pfa") String pfa,
      @QueryParam("csp") String csp,
      @Parameter(description = "true: only those not yet answered or withdrawn") @QueryParam("open")
          String open,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format) {
    PageRequest request = Params.page(page, size, null, null);
    boolean openOnly = Boolean.TRUE.equals(Params.optionalTruth("open", open));
    String area = Params.code(pfa);
    String partnership = Params.code(csp);
    return ListDownload.answer(
        format,
        "report-requests",
        "Report requests",
        AccountabilityColumns.requests(Columns.Words.CODES),
        request,
        each -> requests.list(area, partnership, openOnly, each));
  }

  @GET
  @Path("{id}")
  public ReportRequestView get(@PathParam("id") String id) {
    return requests.get(Params.id("id", id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Request a report from a CSP of the reviewer's force area by a day")
  public Response create(SubmissionBodies.Request body) {
    Params.required(body);
    long id =
        requests.request(
            body.csp(), body.subject(), body.details(), Params.date("dueOn", body.dueOn()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(requests.get(id))
        .build();
  }

  @POST
  @Path("{id}/actions/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw an open request, with a reason")
  public ReportRequestView withdraw(@PathParam("id") String id, SubmissionBodies.Reason body) {
    long request = Params.id("id", id);
    requests.withdraw(request, body == null ? null : body.reason());
    return requests.get(request);
  }
}
