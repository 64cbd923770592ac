package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.casereview.risk.CaseRisk;
import org.saferpartnerships.casereview.risk.RiskAssessmentRequest;
import org.saferpartnerships.casereview.risk.RiskAssessmentService;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * The case page's risk assessment (casereview/case.xhtml, risk): one answer per question of the
 * form in use, starting from the answers given last time when the form is the same.
 */
@Named
@ViewScoped
public class RiskAssessmentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient RiskAssessmentService riskService;

  @Inject private transient PageMessages messages;

  @Inject private CasePage page;

  private Map<Long, String> riskAnswers;
  private String riskNote;

  /** Records a risk assessment; the first unanswered question is flagged. */
  @ShowsRefusal("risk:note")
  public String assessRisk() {
    CaseRisk risk = page.getRisk();
    List<RiskAssessmentRequest.Answer> answers = new ArrayList<>();
    for (int i = 0; i < risk.form().questions().size(); i++) {
      long question = risk.form().questions().get(i).id();
      String chosen = getRiskAnswers().get(question);
      if (chosen == null || chosen.isBlank()) {
        messages.error("risk:questions:" + i + ":answer", "risk.unanswered");
        return null;
      }
      answers.add(new RiskAssessmentRequest.Answer(question, Long.parseLong(chosen)));
    }
    riskService.assess(page.getRef(), new RiskAssessmentRequest(page.version(), answers, riskNote));
    messages.info("case.riskAssessedNow");
    return page.reload();
  }

  /** The answers chosen, by question; a reassessment starts from those given last time. */
  public Map<Long, String> getRiskAnswers() {
    if (riskAnswers == null) {
      riskAnswers = new HashMap<>();
      CaseRisk risk = page.getRisk();
      if (risk != null
          && !risk.assessments().isEmpty()
          && risk.assessments().get(0).formId() == risk.form().id()) {
        risk.assessments()
            .get(0)
            .answers()
            .forEach(a -> riskAnswers.put(a.questionId(), String.valueOf(a.optionId())));
      }
    }
    return riskAnswers;
  }

  public String getRiskNote() {
    return riskNote;
  }

  public void setRiskNote(String riskNote) {
    this.riskNote = riskNote;
  }
}
