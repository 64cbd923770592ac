package org.saferpartnerships.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.casereview.CaseFilter;
import org.saferpartnerships.casereview.CaseReviewRepository;
import org.saferpartnerships.casereview.DecisionDue;
import org.saferpartnerships.casereview.review.RecommendationWorkflow;
import org.saferpartnerships.consultation.imports.ConsultationImportService;
import org.saferpartnerships.consultation.imports.ImportView;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.partnership.directory.CspFilter;
import org.saferpartnerships.partnership.directory.CspSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.SubmissionFilter;
import org.saferpartnerships.submission.SubmissionReader;
import org.saferpartnerships.submission.review.PccRecommendationWorkflow;
import org.saferpartnerships.web.account.CurrentUser;
import org.saferpartnerships.workflow.items.InboxFilter;
import org.saferpartnerships.workflow.items.InboxView;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.sla.SlaState;

/**
 * The home page: first what needs the person now, by their roles (threshold decisions overdue or
 * due this week for a coordinator; items past or near their deadline, or waiting for someone to
 * take them, in the queues of the organisations they act for), each a link to its filtered list;
 * then the registry in force today and the partnerships they work with.
 */
@Named
@RequestScoped
public class Home {

  static final int MINE_SHOWN = 20;

  @EJB private PartnershipDirectory directory;

  @Inject private CallerScope scope;

  @EJB private CaseReviewRepository cases;

  @EJB private WorkItemRepository items;

  @EJB private SubmissionReader submissionReader;

  @Inject private CurrentUser user;

  private VintageSummary vintage;
  private Page<CspSummary> mine;
  private List<Need> needs;
  private List<ImportView> imports;

  @EJB private ConsultationImportService consultationImports;

  /** What needs the person, with a count above nought; empty when nothing does. */
  public List<Need> getNeeds() {
    if (needs == null) {
      List<Need> found = new ArrayList<>();
      if (user.isCoordinator()) {
        found.add(
            new Need(
                "home.needs.decisionsOverdue",
                cases.count(CaseFilter.decisions(DecisionDue.OVERDUE)),
                "/casereview/cases.xhtml?decision=OVERDUE"));
        found.add(
            new Need(
                "home.needs.decisionsThisWeek",
                cases.count(CaseFilter.decisions(DecisionDue.THIS_WEEK)),
                "/casereview/cases.xhtml?decision=THIS_WEEK"));
      }
      if (user.isWorksOnItems()) {
        found.add(
            new Need(
                "home.needs.itemsBreached",
                items.count(held(null, SlaState.BREACHED, null)),
                "/workflow/inbox.xhtml?view=HELD&sla=BREACHED"));
        found.add(
            new Need(
                "home.needs.itemsDueSoon",
                items.count(held(null, SlaState.DUE_SOON, null)),
                "/workflow/inbox.xhtml?view=HELD&sla=DUE_SOON"));
        found.add(
            new Need(
                "home.needs.itemsUnassigned",
                items.count(held(null, null, InboxFilter.UNASSIGNED)),
                "/workflow/inbox.xhtml?view=HELD&assignee=" + InboxFilter.UNASSIGNED));
        found.add(
            new Need(
                "home.needs.caseRecommendations",
                items.count(held(RecommendationWorkflow.TYPE, null, null)),
                "/workflow/inbox.xhtml?view=HELD&type=" + RecommendationWorkflow.TYPE));
        found.add(
            new Need(
                "home.needs.pccRecommendations",
                items.count(held(PccRecommendationWorkflow.TYPE, null, null)),
                "/workflow/inbox.xhtml?view=HELD&type=" + PccRecommendationWorkflow.TYPE));
      }
      if (user.isSubmissions()) {
        found.add(
            new Need(
                "home.needs.submissionsOverdue",
                submissions(SubmissionFilter.Due.OVERDUE),
                "/submission/submissions.xhtml?due=OVERDUE"));
        found.add(
            new Need(
                "home.needs.submissionsDue",
                submissions(SubmissionFilter.Due.NEXT_30_DAYS),
                "/submission/submissions.xhtml?due=NEXT_30_DAYS"));
      }
      needs = found.stream().filter(need -> need.count() > 0).toList();
    }
    return needs;
  }

  /** Whether the person's roles have things that can need them (else the section is left out). */
  public boolean isNeedsAnything() {
    return user.isCoordinator()
        || user.isWorksOnItems()
        || user.isConsults()
        || user.isSubmissions();
  }

  /** Submissions still to send whose due date has passed, or comes in the next 30 days. */
  private long submissions(SubmissionFilter.Due due) {
    return submissionReader
        .list(new SubmissionFilter(null, null, null, null, null, due), PageRequest.of(0, 1))
        .total();
  }

  /** Consultation imports not finished, for those who run consultations. */
  public List<ImportView> getImports() {
    if (imports == null) {
      imports = user.isConsults() ? consultationImports.unfinished() : List.of();
    }
    return imports;
  }

  /** The open items the caller's organisations hold, of a type, SLA state or assignee. */
  private static InboxFilter held(String type, SlaState sla, Long assignee) {
    return new InboxFilter(InboxView.HELD, null, type, null, null, assignee, sla, false);
  }

  public VintageSummary getVintage() {
    if (vintage == null) {
      try {
        vintage = directory.vintage(null, null);
      } catch (NotFoundException none) {
        return null;
      }
    }
    return vintage;
  }

  /** National roles (administrators, Home Office, data protection) see every partnership. */
  public boolean isNational() {
    return scope.get().national();
  }

  public Page<CspSummary> getMine() {
    if (mine == null) {
      mine =
          getVintage() == null
              ? new Page<>(java.util.List.of(), 0)
              : directory.findCsps(
                  vintage,
                  new CspFilter(null, null, null, null, true),
                  new PageRequest(0, MINE_SHOWN, "name", false));
    }
    return mine;
  }
}
