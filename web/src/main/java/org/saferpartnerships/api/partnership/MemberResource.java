package org.saferpartnerships.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.directory.CspDetail;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.membership.MemberRequest;
import org.saferpartnerships.partnership.membership.MemberRole;
import org.saferpartnerships.partnership.membership.MembershipService;
import org.saferpartnerships.partnership.registry.OrganisationType;

/** Administrators add, re-role and remove the members of a CSP that the lookup does not give. */
@Path("v1/csps/{code}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "CSPs")
public class MemberResource {

  @EJB private MembershipService memberships;

  @EJB private PartnershipDirectory directory;

  @POST
  @Operation(summary = "Add a member organisation with its role (administrators)")
  public Response add(@PathParam("code") String code, MemberBody body) {
    Params.required(body);
    OrganisationType type =
        body.type() == null ? null : enumOf(OrganisationType.class, "type", body.type());
    MemberRequest request =
        new MemberRequest(
            body.organisationId(), type, body.name(), body.nameCy(), role(body.role()));
    memberships.addMember(code, request);
    CspDetail csp = directory.csp(code, null, null);
    return Response.status(Response.Status.CREATED).entity(csp).build();
  }

  @PUT
  @Path("{membership}")
  @Operation(
      summary =
          "Change a member's role; refused with 409 if someone changed it since the version read")
  public CspDetail changeRole(
      @PathParam("code") String code, @PathParam("membership") long membership, MemberBody body) {
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    memberships.changeRole(membership, role(body.role()), body.version());
    return directory.csp(code, null, null);
  }

  @DELETE
  @Path("{membership}")
  @Operation(summary = "Remove a member added by an administrator")
  public Response remove(
      @PathParam("code") String code,
      @PathParam("membership") long membership,
      @QueryParam("version") Long version) {
    if (version == null) {
      throw new InvalidParameterException("version", "");
    }
    memberships.removeMember(membership, version);
    return Response.noContent().build();
  }

  private static MemberRole role(String role) {
    if (role == null) {
      throw new InvalidParameterException("role", "");
    }
    return enumOf(MemberRole.class, "role", role);
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, value);
    }
  }
}
