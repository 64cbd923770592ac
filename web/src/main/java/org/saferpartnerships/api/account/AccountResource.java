package org.saferpartnerships.api.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.account.admin.AccountAdministration;
import org.saferpartnerships.account.admin.AccountChange;
import org.saferpartnerships.account.admin.AccountFilter;
import org.saferpartnerships.account.admin.AccountStatus;
import org.saferpartnerships.account.admin.AccountSummary;
import org.saferpartnerships.account.admin.Invitation;
import org.saferpartnerships.account.admin.InvitationSent;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.OrganisationName;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Accounts, for administrators and for an organisation's lead within their organisations: list,
 * invite, change, and the actions on an account (disable, enable, unlock, reset, end sessions,
 * resend the invitation), each against the version read.
 */
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class AccountResource {

  @EJB private AccountAdministration administration;

  @GET
  @Operation(summary = "The accounts the caller manages, by name, filtered and paged")
  public PageResponse<AccountSummary> list(
      @QueryParam("q") String text,
      @QueryParam("status") String status,
      @QueryParam("role") String role,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    PageRequest request = Params.page(page, size, null, null);
    AccountFilter filter =
        new AccountFilter(
            Params.text("q", text),
            status == null ? null : Enums.parse(AccountStatus.class, "status", status),
            role == null ? null : Enums.parse(Role.class, "role", role));
    return PageResponse.of(administration.list(filter, request), request);
  }

  @GET
  @Path("organisations")
  @Operation(summary = "The organisations the caller may give an account, matching the text")
  public List<OrganisationName> organisations(@QueryParam("q") String text) {
    return administration.grantableOrganisations(Params.text("q", text));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One account")
  public AccountSummary get(@PathParam("id") String id) {
    return administration.get(Params.pathId(id));
  }

  @POST
  @Operation(
      summary =
          "Invite a person by e-mail with roles and organisations; they get a one-time link to"
              + " choose their password (shown here once when mail is off)")
  public Response invite(AccountBody body) {
    Params.required(body);
    InvitationSent sent =
        administration.invite(
            new Invitation(
                body.email(),
                body.displayName(),
                roles(body.roles()),
                organisations(body.organisationIds()),
                Boolean.TRUE.equals(body.lead()),
                body.language() == null ? "en" : body.language()));
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change an account's name, roles, organisations and lead")
  public AccountSummary change(@PathParam("id") String id, AccountBody body) {
    Params.required(body);
    long account = Params.pathId(id);
    administration.change(
        account,
        new AccountChange(
            body.displayName(),
            roles(body.roles()),
            organisations(body.organisationIds()),
            Boolean.TRUE.equals(body.lead()),
            version(body.version())));
    return administration.get(account);
  }

  @POST
  @Path("{id}/actions/{action}")
  @Operation(
      summary =
          "disable, enable, unlock, reset (withdraw the password and send a link), end-sessions"
              + " (and revoke API tokens), reset-two-factor or resend-invitation")
  public Response act(
      @PathParam("id") String id, @PathParam("action") String action, AccountBody body) {
    long account = Params.pathId(id);
    if ("resend-invitation".equals(action)) {
      return Response.ok(administration.resendInvitation(account)).build();
    }
    long version = version(body == null ? null : body.version());
    switch (action) {
      case "disable" -> administration.disable(account, version);
      case "enable" -> administration.enable(account, version);
      case "unlock" -> administration.unlock(account, version);
      case "end-sessions" -> administration.endSessions(account, version);
      case "reset-two-factor" -> administration.resetTwoFactor(account, version);
      case "reset" -> {
        return Response.ok(administration.forceReset(account, version)).build();
      }
      default -> throw new InvalidParameterException("action", action);
    }
    return Response.ok(administration.get(account)).build();
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String name : names) {
        roles.add(Enums.parse(Role.class, "roles", name));
      }
    }
    return roles;
  }

  private static Set<Long> organisations(List<Long> ids) {
    return ids == null
        ? Set.of()
        : Set.copyOf(ids.stream().filter(java.util.Objects::nonNull).toList());
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidParameterException("version", "");
    }
    return version;
  }
}
