package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.ReviewRecord;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/** The case page's form that records the review as held (casereview/case.xhtml, held). */
@Named
@ViewScoped
public class ReviewRecordForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private LocalDate heldOn;
  private String reviewSummary;

  @ShowsRefusal("held:heldOn")
  public String recordReview() {
    service.recordReview(page.getRef(), new ReviewRecord(page.version(), heldOn, reviewSummary));
    messages.info("case.recordedNow");
    return page.reload();
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getReviewSummary() {
    return reviewSummary;
  }

  public void setReviewSummary(String reviewSummary) {
    this.reviewSummary = reviewSummary;
  }
}
