package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.account.sessions.SessionRegistry;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.SecurityHeadersFilter;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). Pages use form
 * sign-in: the sign-in page calls {@code SecurityContext.authenticate}, the caller is kept in the
 * HTTP session (with a new session id) and handed to the container on each request. The API under
 * /api uses HTTP Basic on every request, answered with a JSON 401 when missing or wrong; it never
 * accepts the session cookie, so a page on another site cannot make API calls as the user.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String RETURN_TO = "org.saferpartnerships.returnTo";

  /** Set on a sign-in refused by {@link SignInThrottle}: the minutes to wait. */
  static final String THROTTLED = "org.saferpartnerships.throttled";

  @Inject private IdentityStoreHandler identityStores;

  @Inject private CredentialCache cache;

  @Inject private SignInThrottle throttle;

  @EJB private AccountService accounts;

  @EJB private SessionRegistry sessions;

  /** When this servlet session last noted its use in the registry (milliseconds). */
  static final String TOUCHED = "org.saferpartnerships.sessionTouched";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeadersFilter.apply(request, response);
    if (isApi(request)) {
      return basic(request, response, context);
    }
    if (context.isAuthenticationRequest()) {
      return signIn(request, context);
    }
    HttpSession session = request.getSession(false);
    SignedInCaller caller =
        session == null ? null : (SignedInCaller) session.getAttribute(SignedInCaller.ATTRIBUTE);
    if (caller != null) {
      if (stillValid(caller) && sessionStillOpen(session, caller)) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return sendToSignIn(request, response, context);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (session.getAttribute(SignedInCaller.ATTRIBUTE) instanceof SignedInCaller caller
          && caller.session() != null) {
        sessions.end(caller.session(), caller.name());
      }
      session.removeAttribute(SignedInCaller.ATTRIBUTE);
    }
  }

  /**
   * Whether the signed-in browser's session has not been ended elsewhere (by its owner from another
   * session, or by an administrator); notes its use at most once a minute.
   */
  private boolean sessionStillOpen(HttpSession session, SignedInCaller caller) {
    if (caller.session() == null) {
      return true;
    }
    long now = System.currentTimeMillis();
    Object last = session.getAttribute(TOUCHED);
    boolean touch = !(last instanceof Long at) || now - at > SessionRegistry.TOUCH.toMillis();
    if (touch) {
      session.setAttribute(TOUCHED, now);
    }
    return sessions.active(caller.session(), touch);
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    String username =
        credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
    Optional<Duration> wait = throttle.refusal(username, request.getRemoteAddr());
    if (wait.isPresent()) {
      request.setAttribute(THROTTLED, wait.get().toMinutes());
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, request.getRemoteAddr());
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username);
    request.getSession(true);
    request.changeSessionId();
    SignedInCaller signedIn = caller(result);
    SignedInCaller caller =
        new SignedInCaller(
            signedIn.name(),
            signedIn.groups(),
            signedIn.stamp(),
            sessions.start(
                signedIn.name(), request.getHeader("User-Agent"), request.getRemoteAddr()));
    request.getSession().setAttribute(SignedInCaller.ATTRIBUTE, caller);
    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
  }

  private AuthenticationStatus sendToSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean expired =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    if ("GET".equals(request.getMethod()) && !isAjax(request)) {
      String query = request.getQueryString();
      ReturnTo.of(
              request.getContextPath(),
              request.getRequestURI() + (query == null ? "" : "?" + query))
          .ifPresent(path -> request.getSession(true).setAttribute(RETURN_TO, path));
    }
    String target = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
    if (isAjax(request)) {
      org.saferpartnerships.web.AjaxRedirect.write(response, target);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(target);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
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
      if (stillValid(cached.get())) {
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
    throttle.succeeded(username);
    SignedInCaller caller = caller(result);
    cache.remember(username, password, caller);
    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
  }

  private SignedInCaller caller(CredentialValidationResult result) {
    String name = result.getCallerPrincipal().getName();
    return new SignedInCaller(
        name, result.getCallerGroups(), accounts.usableStamp(name).orElse(null), null);
  }

  /** Whether the account still stands as it did when the caller signed in (one indexed read). */
  private boolean stillValid(SignedInCaller caller) {
    return caller.stamp() != null
        && accounts.usableStamp(caller.name()).map(caller.stamp()::equals).orElse(false);
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

  /** The API, and Payara's metrics beside it: HTTP Basic, as programs (Prometheus) call them. */
  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/metrics")
        || path.startsWith("/metrics/");
  }

  private static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }
}
