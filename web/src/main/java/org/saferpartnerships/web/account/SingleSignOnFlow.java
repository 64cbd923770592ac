package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.saferpartnerships.account.sso.ProviderClaims;
import org.saferpartnerships.account.sso.SingleSignOnService;
import org.saferpartnerships.account.sso.SsoOutcome;

/**
 * Sign-in through the organisation's OpenID Connect provider, within the application's one
 * mechanism. {@code /sso/login} hands the browser to Jakarta Security's OpenID Connect mechanism
 * (Soteria's, bundled with Payara), which sends it to the provider with a state and a nonce; {@code
 * /sso/callback} hands the provider's answer to it, which checks the state, exchanges the code, and
 * validates the identity token (signature, issuer, audience, expiry, nonce). What it would tell the
 * container is caught instead: the token's claims go to {@link SingleSignOnService}, which decides
 * which account this is, and the browser is signed in as that account, with that account's roles,
 * exactly as a password sign-in is; or sent to a page that says why not.
 */
@ApplicationScoped
class SingleSignOnFlow {

  private static final Logger LOG = Logger.getLogger(SingleSignOnFlow.class.getName());

  /** Soteria's mechanism: a bean of the implementation, not of the API. */
  private static final String SOTERIA_MECHANISM =
      "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";

  static final String OUTCOME_PAGE = "/sso/outcome.xhtml";

  @Inject private SsoSettings settings;

  @EJB private SingleSignOnService service;

  static boolean handles(HttpServletRequest request) {
    String path = ApiAuthentication.path(request);
    return path.equals(SsoSettings.LOGIN) || path.equals(SsoSettings.CALLBACK);
  }

  /**
   * The sign-in's step at this address. {@code signIn} completes a sign-in as the account named (a
   * new session id, the registry's entry, the caller in the session).
   */
  AuthenticationStatus validate(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      SignIn signIn) {
    if (!settings.isEnabled()) {
      return outcome(request, context, "off");
    }
    boolean login = ApiAuthentication.path(request).equals(SsoSettings.LOGIN);
    Captured captured = new Captured(context, login);
    AuthenticationStatus status;
    try {
      status = mechanism().validateRequest(request, response, captured);
    } catch (Exception refused) {
      // a token whose signature, issuer, audience, expiry or nonce is wrong, or a provider that
      // cannot be reached: one clear page, the reason in the log
      LOG.log(Level.WARNING, "Single sign-on refused: {0}", String.valueOf(refused));
      return outcome(request, context, "failed");
    }
    if (login) {
      return status;
    }
    if (captured.result == null
        || captured.result.getStatus() != CredentialValidationResult.Status.VALID) {
      return outcome(request, context, "failed");
    }
    ProviderClaims claims = claims();
    Object returnTo = null;
    HttpSession used = request.getSession(false);
    if (used != null) {
      returnTo = used.getAttribute(AppAuthenticationMechanism.RETURN_TO);
      // what Soteria kept there (its tokens) is not wanted, and a replicated session cannot hold it
      used.invalidate();
    }
    SsoOutcome outcome = service.signIn(claims);
    if (outcome.kind() != SsoOutcome.Kind.SIGNED_IN) {
      return outcome(request, context, outcome.reason());
    }
    signIn.complete(
        outcome.username(), outcome.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    return context.redirect(ReturnTo.afterSignIn(request.getContextPath(), returnTo));
  }

  /** What completes a sign-in once the account is known. */
  interface SignIn {
    void complete(String username, Set<String> groups);
  }

  private static AuthenticationStatus outcome(
      HttpServletRequest request, HttpMessageContext context, String reason) {
    return context.redirect(request.getContextPath() + OUTCOME_PAGE + "?is=" + reason);
  }

  private static HttpAuthenticationMechanism mechanism() throws ClassNotFoundException {
    Class<?> type = Class.forName(SOTERIA_MECHANISM);
    return (HttpAuthenticationMechanism) CDI.current().select(type).get();
  }

  /** The claims of the validated identity token, and of the user info where the token has none. */
  private static ProviderClaims claims() {
    OpenIdContext openId = CDI.current().select(OpenIdContext.class).get();
    Map<String, Object> token = openId.getIdentityToken().getClaims();
    JsonObject info = openId.getClaimsJson();
    return new ProviderClaims(
        text(token.get("iss"), null, null),
        text(token.get("sub"), null, null),
        text(token.get("email"), info, "email"),
        verified(token.get("email_verified"), info),
        text(token.get("name"), info, "name"));
  }

  private static String text(Object fromToken, JsonObject info, String name) {
    if (fromToken != null) {
      return String.valueOf(fromToken);
    }
    return info != null && info.get(name) instanceof jakarta.json.JsonString value
        ? value.getString()
        : null;
  }

  /** Only a provider's explicit true: a missing claim or "true" as text is not a verification. */
  private static boolean verified(Object fromToken, JsonObject info) {
    if (fromToken != null) {
      return Boolean.TRUE.equals(fromToken);
    }
    return info != null && JsonValue.TRUE.equals(info.get("email_verified"));
  }

  /**
   * The context Soteria's mechanism is given: what it would tell the container is kept here
   * instead, and only /sso/login counts as a page that needs a sign-in (so that it sends the
   * browser to the provider, and takes the provider's answer at /sso/callback).
   */
  private static final class Captured extends HttpMessageContextWrapper {

    private final boolean login;
    private CredentialValidationResult result;

    Captured(HttpMessageContext context, boolean login) {
      super(context);
      this.login = login;
    }

    @Override
    public boolean isProtected() {
      return login;
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
      this.result = result;
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? AuthenticationStatus.SUCCESS
          : AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
      // the application keeps its own signed-in caller in the session
    }
  }
}
