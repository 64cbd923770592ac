package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.casereview.CaseFilter;
import org.saferpartnerships.casereview.CaseReviewRepository;
import org.saferpartnerships.casereview.CaseReviewSummary;
import org.saferpartnerships.casereview.CaseState;
import org.saferpartnerships.casereview.DecisionDue;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;
import org.saferpartnerships.workflow.engine.Priority;

/**
 * The coordinator's case reviews (casereview/cases.xhtml): newest first, filtered by state,
 * priority and reference, paged in the database. No personal data is listed; the case page shows
 * it.
 */
@Named
@ViewScoped
public class CaseList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewRepository cases;

  @Inject private transient PageMessages messages;

  @Inject private transient Clock clock;

  private String state;
  private String reference;
  private String priority;
  private String decision;

  private final PagedModel<CaseReviewSummary> model =
      new PagedModel<>(page -> cases.list(filter(), page), CaseReviewSummary::reference);

  private CaseFilter filter() {
    return new CaseFilter(
        null,
        state == null || state.isBlank() ? null : CaseState.valueOf(state),
        null,
        null,
        reference == null || reference.isBlank() ? null : reference.trim(),
        priority == null || priority.isBlank() ? null : Priority.valueOf(priority),
        decisionValue());
  }

  private DecisionDue decisionValue() {
    for (DecisionDue due : DecisionDue.values()) {
      if (due.name().equals(decision)) {
        return due;
      }
    }
    return null;
  }

  public List<SelectItem> getDecisionOptions() {
    return Options.of(DecisionDue.class, "decisionDue.", messages);
  }

  /** Every case the filters match, newest first as on the page, as CSV, XLSX or ODS. */
  public StreamedContent download(String format) {
    CaseFilter chosen = filter();
    return TableDownload.of(
        format,
        "case-reviews",
        messages.text("cases.title"),
        CaseReviewColumns.of(Columns.Words.of(messages)),
        messages,
        n -> cases.list(chosen, TableDownload.page(n, null, false)));
  }

  public void search() {
    // the table reloads with the new filter
  }

  public List<SelectItem> getStateOptions() {
    return Options.of(CaseState.class, "caseState.", messages);
  }

  public List<SelectItem> getPriorityOptions() {
    return Options.of(Priority.class, "priority.", messages);
  }

  /** Today by the application's clock, for the overdue marks. */
  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public PagedModel<CaseReviewSummary> getModel() {
    return model;
  }

  public long getTotal() {
    return model.total();
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getDecision() {
    return decisionValue() == null ? null : decision;
  }

  /** From the address (the home page's links) or the filter: OVERDUE or THIS_WEEK. */
  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
