package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.account.twofactor.Enrolment;
import org.saferpartnerships.account.twofactor.TwoFactorService;
import org.saferpartnerships.account.twofactor.TwoFactorStatus;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * account/two-factor.xhtml: setting up an authenticator app (scan the QR code or type the secret,
 * then confirm with a code), the recovery codes shown once, new ones on request, and turning it off
 * where the person's roles allow. Turning it on or off ends the account's other sessions; this one
 * carries on with the account's new stamp.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient TwoFactorService twoFactor;

  @Inject private transient Stamps stamps;

  @Inject private transient PageMessages messages;

  private TwoFactorStatus status;
  private Enrolment enrolment;
  private String qr;
  private List<String> recoveryCodes;
  private String code;
  private String password;

  public TwoFactorStatus getStatus() {
    if (status == null) {
      status = twoFactor.status();
    }
    return status;
  }

  @ShowsRefusal
  public String begin() {
    enrolment = twoFactor.begin();
    qr = QrCode.svgDataUri(enrolment.uri());
    return null;
  }

  @ShowsRefusal("enrol:code")
  public String confirm() {
    recoveryCodes = twoFactor.confirm(code);
    enrolment = null;
    qr = null;
    restamp();
    messages.info("twoFactor.on");
    return afterChange();
  }

  @ShowsRefusal("codes:newCode")
  public String newRecoveryCodes() {
    recoveryCodes = twoFactor.newRecoveryCodes(code);
    return afterChange();
  }

  @ShowsRefusal("off:password")
  public String turnOff() {
    twoFactor.turnOff(password);
    restamp();
    messages.info("twoFactor.off");
    return afterChange();
  }

  private String afterChange() {
    code = null;
    password = null;
    status = null;
    return null;
  }

  /** The change ended the account's sessions; this one goes on with the account's new stamp. */
  private void restamp() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    if (session != null
        && session.getAttribute(SignedInCaller.ATTRIBUTE) instanceof SignedInCaller caller) {
      session.setAttribute(
          SignedInCaller.ATTRIBUTE, caller.restamped(stamps.current(caller.name())));
    }
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public String getQr() {
    return qr;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
