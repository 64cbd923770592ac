package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * The password pages: choosing one with a one-time link (set-password), asking for a reset link
 * (forgotten-password), and changing it while signed in (password). A new password ends every
 * session of the account, this one too, so each sends the person to sign in with it. View-scoped,
 * so that the link read when the page opened is still known when its form is sent.
 */
@Named("passwords")
@ViewScoped
public class PasswordPages implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AccountSelfService self;

  private String token;
  private AccountSelfService.PendingLink link;
  private boolean linkChecked;
  private String current;
  private String password;
  private String repeat;
  private String email;
  private boolean requested;

  /** Who the link is for, or null if it cannot be used (the page says so). */
  public AccountSelfService.PendingLink getLink() {
    if (!linkChecked) {
      linkChecked = true;
      try {
        link = token == null ? null : self.link(token);
      } catch (ServiceException invalid) {
        link = null;
      }
    }
    return link;
  }

  @ShowsRefusal
  public String choose() throws IOException {
    self.setPassword(token, password, repeat);
    signOutThenSignIn("passwordSet");
    return null;
  }

  @ShowsRefusal
  public String change() throws IOException {
    self.changePassword(current, password, repeat);
    signOutThenSignIn("passwordChanged");
    return null;
  }

  /** Sends a reset link if the address has an account; says the same either way. */
  public String requestReset() {
    self.requestReset(email);
    requested = true;
    return null;
  }

  private void signOutThenSignIn(String reason) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(request.getContextPath() + "/login.xhtml?" + reason + "=true");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isRequested() {
    return requested;
  }
}
