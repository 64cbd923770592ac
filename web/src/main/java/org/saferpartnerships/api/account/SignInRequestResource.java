package org.saferpartnerships.api.account;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.account.sso.SignInRequest;
import org.saferpartnerships.account.sso.SignInRequestView;
import org.saferpartnerships.account.sso.SingleSignOnService;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.platform.persistence.Page;

/**
 * People the organisation's OpenID Connect provider vouched for who have no account (for
 * administrators). One is approved by inviting their address ({@code POST /api/v1/accounts}) with
 * roles and organisations; their next sign-in through the provider is then linked to it.
 */
@Path("v1/accounts/sign-in-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class SignInRequestResource {

  @EJB private SingleSignOnService service;

  @GET
  @Operation(summary = "Sign-in requests of a status (PENDING, APPROVED or REFUSED), newest first")
  public Page<SignInRequestView> list(
      @QueryParam("status") @DefaultValue("PENDING") String status,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    return service.requests(
        Enums.parse(SignInRequest.Status.class, "status", status),
        Params.page(page, size, null, null));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One sign-in request")
  public SignInRequestView get(@PathParam("id") String id) {
    return service.get(Params.pathId(id));
  }

  @POST
  @Path("{id}/refuse")
  @Operation(summary = "Refuse a waiting request; the person is told so when they try again")
  public SignInRequestView refuse(@PathParam("id") String id, AccountBody body) {
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    return service.refuse(Params.pathId(id), body.version());
  }
}
