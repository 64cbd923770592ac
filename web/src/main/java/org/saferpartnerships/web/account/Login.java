package org.saferpartnerships.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.LanguageCookie;
import org.saferpartnerships.web.PageMessages;

/**
 * The sign-in page. Refuses a wrong password, a locked account and a disabled one with the same
 * words (they must not tell whether a username exists); after signing in, goes back to the page
 * that asked for it and to the language the user last chose.
 */
@Named
@RequestScoped
public class Login {

  @Inject private SecurityContext securityContext;

  @Inject private ExternalContext external;

  @Inject private PageMessages messages;

  @Inject private Language language;

  @EJB private AccountService accounts;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "sp.login.max-failures",
      defaultValue = "5")
  private int maxFailures;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "sp.login.lock-minutes",
      defaultValue = "15")
  private int lockMinutes;

  private String username;
  private String password;

  public String signIn() throws IOException {
    if (!submit(new UsernamePasswordCredential(username.trim(), new Password(password)))) {
      refuse((HttpServletRequest) external.getRequest());
    }
    return null;
  }

  /**
   * Hands a credential to the application's mechanism: signed in, the browser goes on; sent
   * elsewhere (to the two-factor code), it follows. False when refused.
   */
  boolean submit(Credential credential) throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request, response, withParams().credential(credential).newAuthentication(true));
    switch (status) {
      case SUCCESS -> land(request, response);
      case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * After a completed sign-in (here, or on the two-factor code page): the language remembered and
   * the page that asked for the sign-in opened.
   */
  void land(HttpServletRequest request, HttpServletResponse response) throws IOException {
    rememberLanguage(request, response);
    Object returnTo = request.getSession().getAttribute(AppAuthenticationMechanism.RETURN_TO);
    request.getSession().removeAttribute(AppAuthenticationMechanism.RETURN_TO);
    external.redirect(ReturnTo.afterSignIn(request.getContextPath(), returnTo));
    FacesContext.getCurrentInstance().responseComplete();
  }

  /**
   * One message for a wrong password, an unknown name, a locked and a disabled account alike, so
   * that the page tells nobody which usernames exist; only throttling says something else.
   */
  void refuse(HttpServletRequest request) {
    password = null;
    Object throttled = request.getAttribute(AppAuthenticationMechanism.THROTTLED);
    if (throttled != null) {
      messages.error(null, "login.throttled", throttled);
    } else {
      messages.error(null, "login.wrong", maxFailures, lockMinutes);
    }
  }

  /** A language chosen on this device wins and is saved; otherwise the account's choice applies. */
  private void rememberLanguage(HttpServletRequest request, HttpServletResponse response) {
    String name = request.getUserPrincipal().getName();
    boolean chosenHere =
        request.getCookies() != null
            && java.util.Arrays.stream(request.getCookies())
                .anyMatch(c -> Language.COOKIE.equals(c.getName()));
    if (chosenHere) {
      accounts.chooseLanguage(name, language.getCode());
    } else {
      accounts.preferredLanguage(name).ifPresent(code -> LanguageCookie.set(response, code));
    }
  }

  public boolean isExpired() {
    return "true".equals(external.getRequestParameterMap().get("expired"));
  }

  public boolean isSignedOut() {
    return "true".equals(external.getRequestParameterMap().get("signedOut"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
