package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.review.RecommendationRequest;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.routing.TargetBody;

/** The case page's form that adds a recommendation (casereview/case.xhtml, recommendation). */
@Named
@ViewScoped
public class RecommendationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private String recommendationBody;
  private String recommendationText;
  private LocalDate recommendationDue;

  @ShowsRefusal("recommendation:text")
  public String addRecommendation() {
    service.addRecommendation(
        page.getRef(),
        new RecommendationRequest(
            page.version(),
            recommendationBody == null ? null : TargetBody.valueOf(recommendationBody),
            recommendationText,
            recommendationDue));
    messages.info("case.recommendedNow");
    return page.reload();
  }

  public String getRecommendationBody() {
    return recommendationBody;
  }

  public void setRecommendationBody(String recommendationBody) {
    this.recommendationBody = recommendationBody;
  }

  public String getRecommendationText() {
    return recommendationText;
  }

  public void setRecommendationText(String recommendationText) {
    this.recommendationText = recommendationText;
  }

  public LocalDate getRecommendationDue() {
    return recommendationDue;
  }

  public void setRecommendationDue(LocalDate recommendationDue) {
    this.recommendationDue = recommendationDue;
  }
}
