package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.review.EscalationRequest;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * The case page's form that asks the policing body to review the case (casereview/case.xhtml,
 * escalate).
 */
@Named
@ViewScoped
public class EscalationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private String escalationGrounds;

  @ShowsRefusal("escalate:grounds")
  public String escalate() {
    service.requestEscalation(
        page.getRef(), new EscalationRequest(page.version(), escalationGrounds));
    messages.info("case.escalatedNow");
    return page.reload();
  }

  public String getEscalationGrounds() {
    return escalationGrounds;
  }

  public void setEscalationGrounds(String escalationGrounds) {
    this.escalationGrounds = escalationGrounds;
  }
}
