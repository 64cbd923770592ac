package org.saferpartnerships.api.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.workflow.sla.CalendarService;
import org.saferpartnerships.workflow.sla.DayKind;
import org.saferpartnerships.workflow.sla.SlaPolicy;
import org.saferpartnerships.workflow.sla.SlaPolicyRevision;
import org.saferpartnerships.workflow.sla.SlaPolicyService;

/**
 * The SLA clock's settings: bank holidays of England and Wales, and SLA policies with their
 * revisions.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "SLA clock")
public class CalendarResource {

  /** A bank holiday; version for changes and removals. */
  public record HolidayBody(Long id, LocalDate date, String name, String nameCy, Long version) {}

  /** A policy revision as listed. */
  public record PolicyBody(
      String code,
      int revision,
      String name,
      String nameCy,
      DayKind dayKind,
      int dueDays,
      int warnDays) {}

  @EJB private CalendarService calendar;

  @EJB private SlaPolicyService policies;

  @GET
  @Path("bank-holidays")
  @Operation(summary = "The bank holidays of a year (default: this year)")
  public List<HolidayBody> holidays(@QueryParam("year") String year) {
    int which = year == null || year.isBlank() ? LocalDate.now().getYear() : parseYear(year);
    return calendar.holidays(which).stream()
        .map(
            h ->
                new HolidayBody(h.getId(), h.getDate(), h.getName(), h.getNameCy(), h.getVersion()))
        .toList();
  }

  @POST
  @Path("bank-holidays")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Add a bank holiday (administrators)")
  public Response addHoliday(HolidayBody body) {
    HolidayBody given = required(body);
    calendar.add(given.date(), given.name(), given.nameCy());
    return Response.status(Response.Status.CREATED)
        .entity(holidays(String.valueOf(given.date().getYear())))
        .build();
  }

  @PUT
  @Path("bank-holidays/{id}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Change a bank holiday; 409 if it changed since the version sent")
  public List<HolidayBody> changeHoliday(@PathParam("id") String id, HolidayBody body) {
    HolidayBody given = required(body);
    if (given.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    calendar.change(
        Params.id("id", id), given.date(), given.name(), given.nameCy(), given.version());
    return holidays(String.valueOf(given.date().getYear()));
  }

  @DELETE
  @Path("bank-holidays/{id}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Remove a bank holiday")
  public Response removeHoliday(@PathParam("id") String id, @QueryParam("version") String version) {
    Long expected = Params.id("version", version);
    if (expected == null) {
      throw new InvalidParameterException("version", "");
    }
    calendar.remove(Params.id("id", id), expected);
    return Response.noContent().build();
  }

  @GET
  @Path("sla-policies")
  @Operation(summary = "The current revision of every SLA policy")
  public List<PolicyBody> policies() {
    return policies.currentPolicies().stream().map(CalendarResource::body).toList();
  }

  @PUT
  @Path("sla-policies/{code}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Revise a policy: new items start under the new revision, open items keep theirs")
  public PolicyBody revise(@PathParam("code") String code, PolicyBody body) {
    Params.required(body);
    policies.revise(
        code,
        new SlaPolicyRevision(
            body.name(), body.nameCy(), body.dayKind(), body.dueDays(), body.warnDays()));
    return body(policies.current(code));
  }

  private static PolicyBody body(SlaPolicy p) {
    return new PolicyBody(
        p.getCode(),
        p.getRevision(),
        p.getName(),
        p.getNameCy(),
        p.getDayKind(),
        p.getDueDays(),
        p.getWarnDays());
  }

  private static HolidayBody required(HolidayBody body) {
    if (body == null || body.date() == null) {
      throw new InvalidParameterException("date", "");
    }
    return body;
  }

  private static int parseYear(String year) {
    try {
      return Integer.parseInt(year.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("year", year);
    }
  }
}
