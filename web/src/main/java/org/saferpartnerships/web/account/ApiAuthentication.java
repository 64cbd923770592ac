package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import org.saferpartnerships.account.apitokens.PersonalAccessTokens;
import org.saferpartnerships.account.twofactor.SecondFactor;
import org.saferpartnerships.account.twofactor.TwoFactorService;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Language;

/**
 * How programs sign in to the API (and Payara's metrics beside it), on every request, never with
 * the session cookie, so that a page on another site cannot make API calls as the user:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer sp_pat_…}, a personal access token its owner made;
 *   <li>HTTP Basic with username and password, for accounts without two-factor authentication. An
 *       account with it may use its password only to make a token, with the code from its app in
 *       {@code X-Two-Factor-Code}; an account whose roles require it and which has none may use its
 *       password only to set it up under {@code /api/v1/me/two-factor}.
 * </ul>
 *
 * Every refusal is a JSON 401 (429 when throttled) in the caller's language.
 */
@ApplicationScoped
public class ApiAuthentication {

  /** The request attribute naming how the caller signed in: {@link Method}. */
  public static final String METHOD = "org.saferpartnerships.apiMethod";

  /** The header carrying a two-factor code with a password, to make a token. */
  public static final String CODE_HEADER = "X-Two-Factor-Code";

  /** How an API caller signed in. */
  public enum Method {
    PASSWORD,
    PASSWORD_AND_CODE,
    TOKEN
  }

  @Inject private IdentityStoreHandler identityStores;

  @Inject private CredentialCache cache;

  @Inject private SignInThrottle throttle;

  @Inject private Stamps stamps;

  @EJB private TwoFactorService twoFactor;

  @EJB private PersonalAccessTokens tokens;

  AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(request, response, context, header.substring(7).trim());
    }
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.isProtected()
          ? unauthorized(request, response, "auth.required")
          : context.doNothing();
    }
    Optional<String[]> credentials = decode(header.substring(6).trim());
    if (credentials.isEmpty()) {
      return unauthorized(request, response, "auth.malformed");
    }
    String username = credentials.get()[0];
    String password = credentials.get()[1];
    Optional<SignedInCaller> cached = cache.lookup(username, password);
    if (cached.isPresent()) {
      if (stamps.stillValid(cached.get())) {
        request.setAttribute(METHOD, Method.PASSWORD);
        return context.notifyContainerAboutLogin(cached.get().name(), cached.get().groups());
      }
      cache.forget(username, password);
    }
    Optional<Duration> wait = throttle.refusal(username, request.getRemoteAddr());
    if (wait.isPresent()) {
      return tooManyAttempts(request, response, wait.get());
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // one message whatever the reason, so that it tells nobody whether the username exists
      throttle.failed(username, request.getRemoteAddr());
      return unauthorized(request, response, "auth.wrong");
    }
    String name = result.getCallerPrincipal().getName();
    SecondFactor asked = twoFactor.asked(name);
    if (asked == SecondFactor.ENROL) {
      if (!path(request).startsWith("/api/v1/me/two-factor")) {
        return unauthorized(request, response, "auth.twoFactorEnrol");
      }
    } else if (asked == SecondFactor.CODE) {
      return passwordAndCode(request, response, context, result);
    }
    throttle.succeeded(username);
    SignedInCaller caller = stamps.caller(name, result.getCallerGroups(), null, false);
    if (asked == SecondFactor.NONE) {
      cache.remember(username, password, caller);
    }
    request.setAttribute(METHOD, Method.PASSWORD);
    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
  }

  /** A password of an account with two-factor: only to make a token, with a code. */
  private AuthenticationStatus passwordAndCode(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      CredentialValidationResult result) {
    String name = result.getCallerPrincipal().getName();
    String code = request.getHeader(CODE_HEADER);
    boolean makingToken =
        "POST".equals(request.getMethod()) && "/api/v1/me/tokens".equals(path(request));
    if (!makingToken || code == null) {
      return unauthorized(request, response, "auth.useToken");
    }
    if (!twoFactor.verify(name, code)) {
      throttle.failed(name, request.getRemoteAddr());
      return unauthorized(request, response, "auth.wrongCode");
    }
    throttle.succeeded(name);
    request.setAttribute(METHOD, Method.PASSWORD_AND_CODE);
    return context.notifyContainerAboutLogin(name, result.getCallerGroups());
  }

  private AuthenticationStatus bearer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String token) {
    Optional<PersonalAccessTokens.Bearer> bearer = tokens.authenticate(token);
    if (bearer.isEmpty()) {
      return unauthorized(request, response, "auth.tokenWrong");
    }
    request.setAttribute(METHOD, Method.TOKEN);
    return context.notifyContainerAboutLogin(
        bearer.get().username(),
        bearer.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  private static AuthenticationStatus tooManyAttempts(
      HttpServletRequest request, HttpServletResponse response, Duration wait) {
    String message =
        ServiceException.render(Language.acceptedBy(request), "auth.throttled", wait.toMinutes());
    response.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
    writeJson(response, 429, "Too Many Requests", message);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static Optional<String[]> decode(String encoded) {
    try {
      String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(new String[] {text.substring(0, colon), text.substring(colon + 1)});
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String key) {
    String message = ServiceException.render(Language.acceptedBy(request), key);
    // A browser shown a Basic challenge prompts for a password and then sends it with every request
    // to the API, from any site: pages that reach the API by mistake are not challenged that way.
    response.setHeader(
        "WWW-Authenticate",
        isBrowserNavigation(request)
            ? "Bearer realm=\"Safer Partnerships API\""
            : "Basic realm=\"Safer Partnerships\", charset=\"UTF-8\"");
    writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", message);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static void writeJson(
      HttpServletResponse response, int status, String error, String message) {
    try {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"status\":"
                  + status
                  + ",\"error\":\""
                  + error
                  + "\",\"message\":\""
                  + message.replace("\\", "\\\\").replace("\"", "\\\"")
                  + "\"}");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page the browser is opening, as opposed to a program calling the API. */
  private static boolean isBrowserNavigation(HttpServletRequest request) {
    String mode = request.getHeader("Sec-Fetch-Mode");
    String accept = request.getHeader("Accept");
    return "navigate".equals(mode) || (accept != null && accept.contains("text/html"));
  }

  /** The API, and Payara's metrics beside it. */
  static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/metrics")
        || path.startsWith("/metrics/");
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
