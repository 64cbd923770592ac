package org.saferpartnerships.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.saferpartnerships.web.PageMessages;

/**
 * login-code.xhtml: the second step of a sign-in with two-factor authentication, after a right
 * password: a code from the authenticator app, or one of the recovery codes. A wrong code counts
 * toward the account's lock; after five minutes, or a lock, the sign-in starts again.
 */
@Named
@RequestScoped
public class SecondFactorSignIn {

  @Inject private ExternalContext external;

  @Inject private PageMessages messages;

  @Inject private Login login;

  private String code;

  /** Whether a sign-in waits for its code in this browser; if not, the page says start again. */
  public boolean isWaiting() {
    HttpSession session = (HttpSession) external.getSession(false);
    return session != null
        && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending
        && !pending.expired();
  }

  public String submit() throws IOException {
    if (!login.submit(new SecondFactorCredential(code == null ? "" : code))) {
      refuse((HttpServletRequest) external.getRequest());
    }
    return null;
  }

  private void refuse(HttpServletRequest request) {
    code = null;
    if (request.getAttribute(AppAuthenticationMechanism.CODE_EXPIRED) != null) {
      messages.error(null, "login.code.startAgain");
    } else if (request.getAttribute(AppAuthenticationMechanism.THROTTLED) != null) {
      messages.error(
          null, "login.throttled", request.getAttribute(AppAuthenticationMechanism.THROTTLED));
    } else {
      messages.error("secondFactor:code", "login.code.wrong");
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
