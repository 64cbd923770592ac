package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.threshold.ThresholdDecision;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/** The case page's acknowledgement and threshold decision (casereview/case.xhtml, decision). */
@Named
@ViewScoped
public class DecisionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private boolean discretionary;
  private String decidedBy;
  private String reason;

  @ShowsRefusal
  public String acknowledge() {
    service.acknowledge(page.getRef(), page.version());
    messages.info("case.acknowledgedNow");
    return page.reload();
  }

  @ShowsRefusal("decision:decidedBy")
  public String decide() {
    service.decideThreshold(
        page.getRef(), new ThresholdDecision(page.version(), discretionary, decidedBy, reason));
    messages.info("case.decidedNow");
    return page.reload();
  }

  public boolean isDiscretionary() {
    return discretionary;
  }

  public void setDiscretionary(boolean discretionary) {
    this.discretionary = discretionary;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
