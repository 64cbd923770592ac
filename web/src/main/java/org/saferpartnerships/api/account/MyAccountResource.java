package org.saferpartnerships.api.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.api.Params;

/** The caller's own account. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class MyAccountResource {

  @EJB private AccountSelfService self;

  @POST
  @Path("password")
  @Operation(summary = "Change the caller's password; the current one is required")
  public Response changePassword(PasswordBody body) {
    Params.required(body);
    self.changePassword(body.current(), body.password(), body.repeat());
    return Response.noContent().build();
  }
}
