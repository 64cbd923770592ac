package org.saferpartnerships.web.submission;

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
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.submission.SubmissionFilter;
import org.saferpartnerships.submission.SubmissionReader;
import org.saferpartnerships.submission.SubmissionState;
import org.saferpartnerships.submission.SubmissionSummary;
import org.saferpartnerships.submission.SubmissionType;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.dates.Years;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The submissions the user may see (submission/submissions.xhtml?csp=&amp;year=&amp;type=): a
 * coordinator's partnerships' (drafts included), a reviewer's force area's once sent; filtered and
 * paged in the database. The dashboard's drill-down opens it with its filters set.
 */
@Named
@ViewScoped
public class SubmissionList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient SubmissionReader reader;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  @Inject private transient Clock clock;

  private String csp;
  private String type;
  private Integer year;
  private String state;
  private String due;

  private final PagedModel<SubmissionSummary> model =
      new PagedModel<>(page -> reader.list(filter(), page), SubmissionSummary::reference);

  private SubmissionFilter filter() {
    return new SubmissionFilter(
        csp == null || csp.isBlank() ? null : csp,
        null,
        type == null || type.isBlank() ? null : SubmissionType.valueOf(type),
        year,
        state == null || state.isBlank() ? null : SubmissionState.valueOf(state),
        dueValue());
  }

  private SubmissionFilter.Due dueValue() {
    for (SubmissionFilter.Due value : SubmissionFilter.Due.values()) {
      if (value.name().equals(due)) {
        return value;
      }
    }
    return null;
  }

  public List<SelectItem> getDueOptions() {
    return Options.of(SubmissionFilter.Due.class, "submissionDue.", messages);
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  /** Every submission the filters match, newest first as on the page, as CSV, XLSX or ODS. */
  public StreamedContent download(String format) {
    SubmissionFilter chosen = filter();
    return TableDownload.of(
        format,
        "submissions",
        messages.text("submissions.title"),
        SubmissionColumns.of(Columns.Words.of(messages)),
        messages,
        n -> reader.list(chosen, TableDownload.page(n, null, false)));
  }

  public void search() {
    // the table reloads with the new filters
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  public List<SelectItem> getTypeOptions() {
    return Options.of(SubmissionType.class, "submissionType.", messages);
  }

  public List<SelectItem> getStateOptions() {
    return Options.of(SubmissionState.class, "submissionState.", messages);
  }

  public List<SelectItem> getYearOptions() {
    return Years.around(LocalDate.now(clock));
  }

  public String yearLabel(int value) {
    return Years.label(value);
  }

  public PagedModel<SubmissionSummary> getModel() {
    return model;
  }

  public long getTotal() {
    return model.total();
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
