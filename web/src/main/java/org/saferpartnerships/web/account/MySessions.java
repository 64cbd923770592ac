package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.saferpartnerships.account.sessions.SessionRegistry;
import org.saferpartnerships.account.sessions.SessionView;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.web.PageMessages;

/** account/sessions.xhtml: where the person is signed in, and signing out of the other places. */
@Named
@RequestScoped
public class MySessions {

  @EJB private SessionRegistry sessions;

  @Inject private CallerScope caller;

  @Inject private PageMessages messages;

  private List<SessionView> list;

  public List<SessionView> getList() {
    if (list == null) {
      list = sessions.of(caller.username(), current());
    }
    return list;
  }

  public String endOthers() {
    int ended = sessions.endOthers(caller.username(), current(), caller.username());
    messages.info("sessions.ended", ended);
    return "/account/sessions?faces-redirect=true";
  }

  private String current() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    return session != null
            && session.getAttribute(SignedInCaller.ATTRIBUTE) instanceof SignedInCaller signedIn
        ? signedIn.session()
        : null;
  }
}
