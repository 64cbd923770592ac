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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.accountability.meetings.Attendance;
import org.saferpartnerships.accountability.meetings.MeetingService;
import org.saferpartnerships.accountability.meetings.MeetingView;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.ListDownload;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.accountability.AccountabilityColumns;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Meetings a policing body calls of a CSP's responsible authorities (reg 14A): the list, one with
 * its attendance, minutes and actions, calling one, and recording, cancelling and adding actions.
 */
@Path("v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Submissions")
public class MeetingResource {

  /** Calling a meeting. */
  public record Call(String csp, String title, String heldOn, String location, String agenda) {}

  /** An authority's attendance. */
  public record Present(Long organisation, String attendance, String representative) {}

  /** An action on a meeting: record (attendance, minutes), cancel (reason), add-action. */
  public record Act(
      Long version,
      List<Present> attendance,
      String minutes,
      String reason,
      String text,
      String owner,
      String dueOn) {}

  @EJB private MeetingService meetings;

  @Context private UriInfo uri;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListDownload.CSV, ListDownload.XLSX, ListDownload.ODS})
  @Operation(
      summary =
          "The meetings of the caller's CSPs, latest first; with format=csv, xlsx or ods all of"
              + " them as a file")
  public Response list(
      @QueryParam("csp") String csp,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format) {
    PageRequest request = Params.page(page, size, null, null);
    String area = Params.code(csp);
    return ListDownload.answer(
        format,
        "meetings",
        "Meetings",
        AccountabilityColumns.meetings(Columns.Words.CODES),
        request,
        each -> meetings.list(area, each));
  }

  @GET
  @Path("{id}")
  public MeetingView get(@PathParam("id") String id) {
    return meetings.get(Params.id("id", id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Call a meeting of a CSP's responsible authorities (the policing body)")
  public Response call(Call body) {
    Params.required(body);
    long id =
        meetings.call(
            body.csp(),
            body.title(),
            Params.date("heldOn", body.heldOn()),
            body.location(),
            body.agenda());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(meetings.get(id))
        .build();
  }

  @POST
  @Path("{id}/actions/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "record (version, attendance, minutes), cancel (version, reason), add-action (text, owner, dueOn)")
  public MeetingView act(@PathParam("id") String id, @PathParam("action") String action, Act body) {
    long meeting = Params.id("id", id);
    Act given = body == null ? new Act(null, null, null, null, null, null, null) : body;
    switch (action.trim().toLowerCase(Locale.ROOT)) {
      case "record" -> {
        Map<Long, Attendance> attendance = new HashMap<>();
        Map<Long, String> who = new HashMap<>();
        for (Present present :
            given.attendance() == null ? List.<Present>of() : given.attendance()) {
          if (present == null || present.organisation() == null) {
            throw new InvalidParameterException("attendance", "");
          }
          attendance.put(
              present.organisation(),
              Enums.parse(Attendance.class, "attendance", present.attendance()));
          who.put(present.organisation(), present.representative());
        }
        meetings.record(meeting, version(given), attendance, who, given.minutes());
      }
      case "cancel" -> meetings.cancel(meeting, version(given), given.reason());
      case "add-action" ->
          meetings.addAction(
              meeting,
              given.text(),
              Enums.parse(TargetBody.class, "owner", given.owner()),
              Params.date("dueOn", given.dueOn()));
      default -> throw new InvalidParameterException("action", action);
    }
    return meetings.get(meeting);
  }

  private static long version(Act body) {
    if (body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    return body.version();
  }
}
