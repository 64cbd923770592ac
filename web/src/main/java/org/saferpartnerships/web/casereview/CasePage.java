package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.casereview.CaseReviewDetail;
import org.saferpartnerships.casereview.CaseReviewRepository;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.letters.LetterFile;
import org.saferpartnerships.casereview.risk.CaseRisk;
import org.saferpartnerships.casereview.risk.RiskAssessmentService;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A case review's page (casereview/case.xhtml?ref=): the application with its personal data (the
 * read is audited), the complaints with the threshold engine's verdict on each, its risk, letters
 * and the steps open now. Each step is its own small form bean beside this one ({@link
 * ComplaintForm}, {@link DecisionForm}, {@link RiskAssessmentForm}, {@link ReviewPlanForm}, {@link
 * ReviewRecordForm}, {@link RecommendationForm}, {@link EscalationForm}, {@link ClosureForm}),
 * which reads the case from here. A refused step says why and changes nothing.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewRepository cases;

  @EJB private transient RiskAssessmentService riskService;

  @Inject private transient PageMessages messages;

  private String ref;
  private CaseReviewDetail detail;
  private CaseRisk risk;

  /** Loads the case, or shows the not-found page: a case the user may not see does not exist. */
  public String load() {
    try {
      detail = ref == null ? null : cases.detail(ref, "case page");
    } catch (NotFoundException | jakarta.ejb.EJBAccessException hidden) {
      detail = null;
    }
    if (detail == null) {
      return Hidden.notFound();
    }
    risk = riskService.risk(ref);
    return null;
  }

  /** The version of the case as the page read it, which every step sends back. */
  public long version() {
    return detail.version();
  }

  /** Where a step that succeeded goes: the case again, read afresh. */
  public String reload() {
    return "/casereview/case?faces-redirect=true&ref=" + detail.reference();
  }

  /** A letter of the case, as a download (the read is audited). */
  public StreamedContent download(long letterId) {
    LetterFile file = cases.letter(ref, letterId);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  public List<SelectItem> getBodyOptions() {
    return Options.of(TargetBody.class, "targetBody.", messages).stream()
        .filter(option -> !"PARTNERSHIP".equals(option.getValue()))
        .toList();
  }

  public List<SelectItem> getInvolvementOptions() {
    return Options.of(VictimInvolvement.class, "involvement.", messages);
  }

  public List<SelectItem> getAgencyOptions() {
    return Options.of(ComplaintAgency.class, "agency.", messages);
  }

  public CaseRisk getRisk() {
    return risk;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public CaseReviewDetail getDetail() {
    return detail;
  }
}
