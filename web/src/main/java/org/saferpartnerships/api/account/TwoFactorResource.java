package org.saferpartnerships.api.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.account.twofactor.Enrolment;
import org.saferpartnerships.account.twofactor.TwoFactorService;
import org.saferpartnerships.account.twofactor.TwoFactorStatus;
import org.saferpartnerships.api.Params;

/**
 * The caller's two-factor authentication. An account whose roles require it and which has none may
 * reach these with its password (and nothing else until it is set up).
 */
@Path("v1/me/two-factor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class TwoFactorResource {

  @EJB private TwoFactorService twoFactor;

  @GET
  @Operation(summary = "Whether two-factor is on, required, and how many recovery codes are left")
  public TwoFactorStatus status() {
    return twoFactor.status();
  }

  @POST
  @Operation(
      summary =
          "Begin setting it up: a new secret and its otpauth:// address, for an authenticator app")
  public Enrolment begin() {
    return twoFactor.begin();
  }

  @POST
  @Path("confirm")
  @Operation(
      summary =
          "Confirm with a code from the app: two-factor is on, and the recovery codes are returned"
              + " (only this once)")
  public Map<String, List<String>> confirm(TwoFactorBody body) {
    Params.required(body);
    return Map.of("recoveryCodes", twoFactor.confirm(body.code()));
  }

  @POST
  @Path("recovery-codes")
  @Operation(
      summary = "New recovery codes, the old ones withdrawn; a code from the app is required")
  public Map<String, List<String>> recoveryCodes(TwoFactorBody body) {
    Params.required(body);
    return Map.of("recoveryCodes", twoFactor.newRecoveryCodes(body.code()));
  }

  @POST
  @Path("off")
  @Operation(summary = "Turn it off, with the password; refused where the caller's roles need it")
  public Response off(TwoFactorBody body) {
    Params.required(body);
    twoFactor.turnOff(body.password());
    return Response.noContent().build();
  }
}
