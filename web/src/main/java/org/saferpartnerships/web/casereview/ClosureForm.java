package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.Closure;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/** The case page's form that closes the case (casereview/case.xhtml, closure). */
@Named
@ViewScoped
public class ClosureForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private String closureReason;

  @ShowsRefusal("closure:reason")
  public String close() {
    service.close(page.getRef(), new Closure(page.version(), closureReason));
    messages.info("case.closedNow");
    return page.reload();
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }
}
