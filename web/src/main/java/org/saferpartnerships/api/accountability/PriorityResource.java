package org.saferpartnerships.api.accountability;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.accountability.priorities.PriorityMatrix;
import org.saferpartnerships.accountability.priorities.PriorityService;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;

/**
 * The police and crime plan's priorities and where a CSP's align with them (PRSRA 2011 s10): the
 * matrix of a CSP, replacing its alignments, and the plan's priorities.
 */
@Path("v1/priorities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Submissions")
public class PriorityResource {

  /** A CSP priority and the plan priorities it aligns with. */
  public record Alignment(String priority, List<Long> aligned) {}

  /** The alignments of a CSP. */
  public record Alignments(List<Alignment> alignments, String version) {}

  /** A plan priority. */
  public record PlanPriority(String titleEn, String titleCy) {}

  @EJB private PriorityService priorities;

  @GET
  @Operation(summary = "The priority matrix of a CSP the caller coordinates or reviews")
  public PriorityMatrix matrix(@QueryParam("csp") String csp) {
    return priorities.matrix(required(csp));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Replace the CSP's alignments, naming the matrix's version as read; 409 if they were"
              + " changed since")
  public PriorityMatrix align(@QueryParam("csp") String csp, Alignments body) {
    String code = required(csp);
    if (body == null || body.alignments() == null) {
      throw new InvalidParameterException("alignments", "");
    }
    Map<String, Set<Long>> marks = new LinkedHashMap<>();
    for (Alignment alignment : body.alignments()) {
      if (alignment == null || alignment.priority() == null) {
        throw new InvalidParameterException("priority", "");
      }
      marks.put(
          alignment.priority(),
          new HashSet<>(alignment.aligned() == null ? List.of() : alignment.aligned()));
    }
    if (body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    priorities.align(code, marks, body.version());
    return priorities.matrix(code);
  }

  @POST
  @Path("plan/{pfa}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a priority of the force area's police and crime plan")
  public Response addPlanPriority(@PathParam("pfa") String pfa, PlanPriority body) {
    Params.required(body);
    long id = priorities.addPlanPriority(Params.code(pfa), body.titleEn(), body.titleCy());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  @DELETE
  @Path("plan/items/{id}")
  @Operation(summary = "Take a priority off the police and crime plan")
  public Response retire(@PathParam("id") String id) {
    priorities.retirePlanPriority(Params.id("id", id));
    return Response.noContent().build();
  }

  private static String required(String csp) {
    String code = Params.code(csp);
    if (code == null) {
      throw new InvalidParameterException("csp", "");
    }
    return code;
  }
}
