package org.saferpartnerships.web.accountability;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.accountability.requests.ReportRequestService;
import org.saferpartnerships.accountability.requests.ReportRequestView;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * Report requests (submission/requests.xhtml): a policing body's reviewer asks a CSP of its force
 * area for a report by a day (CDA s7); the partnership's coordinator sees what is asked of it and
 * starts the reply. Each request links to its work item and, once answered, to the reply.
 */
@Named
@ViewScoped
public class ReportRequestsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ReportRequestService requests;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  @Inject private transient Clock clock;

  private String csp;
  private String subject;
  private String details;
  private String dueOn;
  private boolean openOnly;

  private final PagedModel<ReportRequestView> model =
      new PagedModel<>(
          page -> requests.list(null, null, openOnly, page), row -> String.valueOf(row.id()));

  @ShowsRefusal
  public String request() {
    LocalDate due = null;
    if (dueOn != null && !dueOn.isBlank()) {
      try {
        due = LocalDate.parse(dueOn.strip());
      } catch (DateTimeParseException e) {
        messages.error("request:dueOn", "submission.dateInvalid");
        return null;
      }
    }
    requests.request(csp, subject, details, due);
    messages.info("requests.sent", subject);
    return "/submission/requests?faces-redirect=true";
  }

  public void search() {
    // the table reloads with the filter
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  /** Every row the list shows, in its order, as CSV, XLSX or ODS. */
  public StreamedContent download(String format) {
    return TableDownload.of(
        format,
        "report-requests",
        messages.text("requests.title"),
        AccountabilityColumns.requests(Columns.Words.of(messages)),
        messages,
        n -> requests.list(null, null, openOnly, TableDownload.page(n, null, false)));
  }

  public PagedModel<ReportRequestView> getModel() {
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

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = dueOn;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }
}
