package org.saferpartnerships.api.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.account.apitokens.PersonalAccessTokens;
import org.saferpartnerships.account.apitokens.TokenCreated;
import org.saferpartnerships.account.apitokens.TokenRequest;
import org.saferpartnerships.account.apitokens.TokenView;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.platform.errors.ForbiddenException;
import org.saferpartnerships.web.account.ApiAuthentication;

/**
 * The caller's personal access tokens. A token is made with the password (and, for an account with
 * two-factor, the code from the app in {@code X-Two-Factor-Code}), never with another token, so
 * that a leaked token cannot make itself a longer-lived one.
 */
@Path("v1/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class TokenResource {

  /** The life of a token made without one given. */
  static final int DEFAULT_DAYS = 90;

  @EJB private PersonalAccessTokens tokens;

  @Context private HttpServletRequest request;

  @GET
  @Operation(summary = "The caller's tokens, newest first (never their text)")
  public List<TokenView> list() {
    return tokens.mine();
  }

  @POST
  @Operation(
      summary =
          "Make a token (name, days up to 365, default 90); its text is in this answer only."
              + " With two-factor on, send the code from the app in X-Two-Factor-Code")
  public Response create(TokenBody body) {
    Params.required(body);
    if (request.getAttribute(ApiAuthentication.METHOD) == ApiAuthentication.Method.TOKEN) {
      throw new ForbiddenException("token.notWithToken");
    }
    TokenCreated created =
        tokens.create(
            new TokenRequest(body.name(), body.days() == null ? DEFAULT_DAYS : body.days()));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke one of the caller's tokens")
  public TokenView revoke(@PathParam("id") String id) {
    return tokens.revoke(Params.pathId(id));
  }
}
