package org.saferpartnerships.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.saferpartnerships.identity.AccountService;
import org.saferpartnerships.identity.LoginState;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.LanguageCookie;
import org.saferpartnerships.web.PageMessages;

/**
 * The sign-in page. Tells a wrong password, a locked account and a disabled one apart in plain
 * words; after signing in, goes back to the page that asked for it and to the language the user
 * last chose.
 */
@Named
@RequestScoped
public class Login {

  @Inject private SecurityContext securityContext;

  @Inject private ExternalContext external;

  @Inject private PageMessages messages;

  @Inject private Language language;

  @EJB private AccountService accounts;

  private String username;
  private String password;

  public String signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username.trim(), new Password(password)))
                .newAuthentication(true));
    FacesContext faces = FacesContext.getCurrentInstance();
    switch (status) {
      case SUCCESS -> {
        rememberLanguage(request, response);
        Object returnTo = request.getSession().getAttribute(AppAuthenticationMechanism.RETURN_TO);
        request.getSession().removeAttribute(AppAuthenticationMechanism.RETURN_TO);
        external.redirect(
            returnTo instanceof String path ? path : request.getContextPath() + "/index.xhtml");
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> refuse();
    }
    return null;
  }

  private void refuse() {
    LoginState state = accounts.loginState(username);
    password = null;
    switch (state.status()) {
      case LOCKED ->
          messages.error(
              null,
              "login.locked",
              DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                  .withLocale(messages.locale())
                  .format(state.lockedUntil().atZone(ZoneId.of("Europe/London"))));
      case DISABLED -> messages.error(null, "login.disabled");
      default -> messages.error(null, "login.wrong");
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
