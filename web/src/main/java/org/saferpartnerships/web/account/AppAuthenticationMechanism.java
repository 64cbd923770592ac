package org.saferpartnerships.web.account;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
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
import java.time.Duration;
import java.util.Optional;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.account.sessions.SessionRegistry;
import org.saferpartnerships.account.twofactor.SecondFactor;
import org.saferpartnerships.account.twofactor.TwoFactorService;
import org.saferpartnerships.web.SecurityHeadersFilter;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). Pages use form
 * sign-in: the sign-in page calls {@code SecurityContext.authenticate}, the caller is kept in the
 * HTTP session (with a new session id) and handed to the container on each request. An account with
 * two-factor authentication is asked for its code on a second page before it is signed in; one
 * whose roles require it and which has none is signed in to set it up and nothing else. The API
 * under /api is {@link ApiAuthentication}'s.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Where a sign-in with two-factor asks for the code. */
  static final String CODE_PAGE = "/login-code.xhtml";

  /** Where an account that must have two-factor and has none sets it up. */
  static final String TWO_FACTOR_PAGE = "/account/two-factor.xhtml";

  /** Set when the code page has no sign-in waiting (expired, or locked): start again. */
  static final String CODE_EXPIRED = "org.saferpartnerships.codeExpired";

  static final String RETURN_TO = "org.saferpartnerships.returnTo";

  /** Set on a sign-in refused by {@link SignInThrottle}: the minutes to wait. */
  static final String THROTTLED = "org.saferpartnerships.throttled";

  @Inject private IdentityStoreHandler identityStores;

  @Inject private ApiAuthentication api;

  @Inject private Stamps stamps;

  @Inject private SingleSignOnFlow singleSignOn;

  @EJB private TwoFactorService twoFactor;

  @Inject private SignInThrottle throttle;

  @EJB private AccountService accounts;

  @EJB private SessionRegistry sessions;

  /** When this servlet session last noted its use in the registry (milliseconds). */
  static final String TOUCHED = "org.saferpartnerships.sessionTouched";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeadersFilter.apply(request, response);
    if (ApiAuthentication.isApi(request)) {
      return api.validate(request, response, context);
    }
    if (context.isAuthenticationRequest()) {
      return signIn(request, response, context);
    }
    if (SingleSignOnFlow.handles(request)) {
      return singleSignOn.validate(
          request, response, context, (name, groups) -> start(request, name, groups, false));
    }
    HttpSession session = request.getSession(false);
    SignedInCaller caller =
        session == null ? null : (SignedInCaller) session.getAttribute(SignedInCaller.ATTRIBUTE);
    if (caller != null) {
      if (stamps.stillValid(caller) && sessionStillOpen(session, caller)) {
        if (caller.enrolOnly() && !allowedWhileEnrolling(request)) {
          return redirect(request, response, context, TWO_FACTOR_PAGE);
        }
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

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof SecondFactorCredential code) {
      return secondFactor(request, context, code);
    }
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
    String name = result.getCallerPrincipal().getName();
    SecondFactor asked = twoFactor.asked(name);
    if (asked == SecondFactor.CODE) {
      request.getSession(true);
      request.changeSessionId();
      request
          .getSession()
          .setAttribute(
              PendingSignIn.ATTRIBUTE,
              new PendingSignIn(
                  name,
                  result.getCallerGroups(),
                  System.currentTimeMillis() + PendingSignIn.LIFE_MILLIS));
      return redirect(request, response, context, CODE_PAGE);
    }
    throttle.succeeded(username);
    return complete(request, context, name, result.getCallerGroups(), asked == SecondFactor.ENROL);
  }

  /** The code after a right password: the sign-in completes only if it is right too. */
  private AuthenticationStatus secondFactor(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCredential code) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
    if (pending == null || pending.expired()) {
      if (session != null) {
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
      }
      request.setAttribute(CODE_EXPIRED, true);
      return AuthenticationStatus.SEND_FAILURE;
    }
    Optional<Duration> wait = throttle.refusal(pending.name(), request.getRemoteAddr());
    if (wait.isPresent()) {
      request.setAttribute(THROTTLED, wait.get().toMinutes());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!twoFactor.verify(pending.name(), code.code())) {
      throttle.failed(pending.name(), request.getRemoteAddr());
      if (accounts.usableStamp(pending.name()).isEmpty()) {
        // locked by this failure: the password must be given again after the lock
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        request.setAttribute(CODE_EXPIRED, true);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    session.removeAttribute(PendingSignIn.ATTRIBUTE);
    throttle.succeeded(pending.name());
    return complete(request, context, pending.name(), pending.groups(), false);
  }

  /** Signs the browser in: a new session id, a registry entry, the caller kept in the session. */
  private AuthenticationStatus complete(
      HttpServletRequest request,
      HttpMessageContext context,
      String name,
      java.util.Set<String> groups,
      boolean enrolOnly) {
    SignedInCaller caller = start(request, name, groups, enrolOnly);
    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
  }

  /** The signed-in caller kept in a session with a new id, and the registry's entry for it. */
  private SignedInCaller start(
      HttpServletRequest request, String name, java.util.Set<String> groups, boolean enrolOnly) {
    request.getSession(true);
    request.changeSessionId();
    SignedInCaller caller =
        stamps.caller(
            name,
            groups,
            sessions.start(name, request.getHeader("User-Agent"), request.getRemoteAddr()),
            enrolOnly);
    request.getSession().setAttribute(SignedInCaller.ATTRIBUTE, caller);
    return caller;
  }

  /**
   * What a session that must set up two-factor may open: the page that does it, the resources it
   * needs, and the public pages.
   */
  private static boolean allowedWhileEnrolling(HttpServletRequest request) {
    String path = ApiAuthentication.path(request);
    return path.equals(TWO_FACTOR_PAGE)
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/error/")
        || path.equals(LOGIN_PAGE);
  }

  private static AuthenticationStatus redirect(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String page) {
    String target = request.getContextPath() + page;
    if (isAjax(request)) {
      org.saferpartnerships.web.AjaxRedirect.write(response, target);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(target);
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

  private static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }
}
