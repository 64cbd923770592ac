package org.saferpartnerships.web.accountability;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.accountability.meetings.MeetingService;
import org.saferpartnerships.accountability.meetings.MeetingView;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * Meetings of responsible authorities (submission/meetings.xhtml): the policing body's reviewers
 * call one for a CSP of their force area; everyone working for the CSP sees them.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient MeetingService meetings;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private String csp;
  private String title;
  private String heldOn;
  private String location;
  private String agenda;

  private final PagedModel<MeetingView> model =
      new PagedModel<>(page -> meetings.list(null, page), row -> String.valueOf(row.id()));

  @ShowsRefusal
  public String call() {
    LocalDate day = null;
    if (heldOn != null && !heldOn.isBlank()) {
      try {
        day = LocalDate.parse(heldOn.strip());
      } catch (DateTimeParseException e) {
        messages.error("call:heldOn", "submission.dateInvalid");
        return null;
      }
    }
    long id;
    id = meetings.call(csp, title, day, location, agenda);
    messages.info("meetings.called", title);
    return "/submission/meeting?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  /** Every row the list shows, in its order, as CSV, XLSX or ODS. */
  public StreamedContent download(String format) {
    return TableDownload.of(
        format,
        "meetings",
        messages.text("meetings.title"),
        AccountabilityColumns.meetings(Columns.Words.of(messages)),
        messages,
        n -> meetings.list(null, TableDownload.page(n, null, false)));
  }

  public PagedModel<MeetingView> getModel() {
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(String heldOn) {
    this.heldOn = heldOn;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }
}
