package org.saferpartnerships.api.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.api.Params;

/**
 * Passwords without signing in: choose one with a one-time link's token, or ask for a reset link
 * (answered the same whether or not the address has an account).
 */
@Path("v1/passwords")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class PasswordResource {

  @EJB private AccountSelfService self;

  @POST
  @Path("set")
  @Operation(summary = "Choose a password with a one-time link's token (invitation or reset)")
  public Map<String, String> set(PasswordBody body) {
    Params.required(body);
    return Map.of("username", self.setPassword(body.token(), body.password(), body.repeat()));
  }

  @POST
  @Path("reset-requests")
  @Operation(summary = "Ask for a reset link by e-mail; 202 whether or not the address is known")
  public Response requestReset(ResetBody body) {
    Params.required(body);
    self.requestReset(body.email());
    return Response.accepted(Map.of("sent", "if the address has an account")).build();
  }
}
