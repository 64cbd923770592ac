package org.saferpartnerships.web.accounts;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.account.sso.SignInRequest;
import org.saferpartnerships.account.sso.SignInRequestView;
import org.saferpartnerships.account.sso.SingleSignOnService;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * admin/sign-in-requests.xhtml: people the organisation's provider vouched for who have no account
 * here. Approving one opens the invitation form with their address and name, where the
 * administrator chooses their roles and organisations; refusing tells them so when they try again.
 */
@Named
@ViewScoped
public class SignInRequests implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SIZE = 25;

  @EJB private transient SingleSignOnService service;

  @Inject private transient PageMessages messages;

  private String status = SignInRequest.Status.PENDING.name();
  private int page;
  private Page<SignInRequestView> list;

  public Page<SignInRequestView> getList() {
    if (list == null) {
      list = service.requests(statusValue(), PageRequest.of(page, SIZE));
    }
    return list;
  }

  @ShowsRefusal
  public String refuse(long id, long version) {
    SignInRequestView refused = service.refuse(id, version);
    messages.info("signInRequests.refused", refused.email());
    return "/admin/sign-in-requests?faces-redirect=true";
  }

  public List<SignInRequest.Status> getStatuses() {
    return List.of(SignInRequest.Status.values());
  }

  private SignInRequest.Status statusValue() {
    for (SignInRequest.Status s : SignInRequest.Status.values()) {
      if (s.name().equals(status)) {
        return s;
      }
    }
    return SignInRequest.Status.PENDING;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * SIZE < getList().total();
  }

  public String getStatus() {
    return statusValue().name();
  }

  public void setStatus(String status) {
    this.status = status;
    this.list = null;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, Math.min(page, 100_000));
    this.list = null;
  }
}
