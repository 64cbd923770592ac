package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;
import org.saferpartnerships.casereview.victims.VictimLogService;
import org.saferpartnerships.casereview.victims.VictimSummary;
import org.saferpartnerships.casereview.victims.VictimView;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.Paging;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * Victims logged before any application (casereview/victims.xhtml, casereview/victim.xhtml?id=):
 * log a victim, their reports, and, when a second report falls within six months, the prompt to
 * tell them about the case review and the record that they were told.
 */
@Named
@ViewScoped
public class Victims implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient VictimLogService victims;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private VictimView victim;
  private static final int PAGE_SIZE = 25;

  private int page;
  private Page<VictimSummary> list;
  private String csp;
  private String name;
  private String contact;
  private LocalDate incidentDate;
  private LocalDate reportedOn;
  private String agency;
  private String agencyReference;
  private String how;

  /** One page of the victims, newest first, paged in the database. */
  public void loadList() {
    page = Math.max(0, page);
    list = victims.list(new PageRequest(page, PAGE_SIZE, null, true));
    if (list.items().isEmpty() && page > 0) {
      page = Paging.lastPage(list.total(), PAGE_SIZE);
      list = victims.list(new PageRequest(page, PAGE_SIZE, null, true));
    }
  }

  /**
   * Every victim logged in the caller's partnerships, newest first, as CSV, XLSX or ODS; each page
   * read for it is audited as an export of personal data.
   */
  public StreamedContent download(String format) {
    Columns<VictimSummary> columns =
        new Columns<VictimSummary>()
            .add(
                "name",
                "victims.name",
                v -> v.name() == null ? messages.text("victims.anonymised") : v.name())
            .add("csp_code", "column.cspCode", VictimSummary::cspCode)
            .add("reports", "victims.reports", VictimSummary::reports)
            .add("last_report", "victims.last", VictimSummary::lastReport)
            .add("told_on", "victims.told", VictimSummary::toldOn);
    return TableDownload.of(
        format,
        "victims",
        messages.text("victims.list"),
        columns,
        messages,
        n -> victims.export(TableDownload.page(n, null, true)));
  }

  public String loadVictim() {
    try {
      victim = id == null ? null : victims.get(id);
    } catch (NotFoundException | jakarta.ejb.EJBAccessException hidden) {
      victim = null;
    }
    if (victim == null) {
      return Hidden.notFound();
    }
    return null;
  }

  @ShowsRefusal("victim:name")
  public String log() {
    long created;
    created = victims.log(csp, name, contact);
    messages.info("victims.logged");
    return "/casereview/victim?faces-redirect=true&id=" + created;
  }

  @ShowsRefusal("report:incidentDate")
  public String addReport() {
    victims.addReport(
        id,
        new ComplaintRequest(
            incidentDate,
            reportedOn,
            agency == null ? null : ComplaintAgency.valueOf(agency),
            agencyReference,
            null,
            null,
            false,
            false,
            null));
    messages.info("victims.reportAdded");
    return "/casereview/victim?faces-redirect=true&id=" + id;
  }

  @ShowsRefusal
  public String told() {
    victims.told(id, victim.version(), how == null ? null : ContactMethod.valueOf(how));
    messages.info("victims.toldNow");
    return "/casereview/victim?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  public List<SelectItem> getAgencyOptions() {
    return Options.of(ComplaintAgency.class, "agency.", messages);
  }

  public List<SelectItem> getHowOptions() {
    return Options.of(ContactMethod.class, "contactMethod.", messages);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public VictimView getVictim() {
    return victim;
  }

  public List<VictimSummary> getList() {
    return list.items();
  }

  public Paging getPaging() {
    return new Paging(page, PAGE_SIZE, list.total());
  }

  public long getTotal() {
    return list.total();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public void setIncidentDate(LocalDate incidentDate) {
    this.incidentDate = incidentDate;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public void setReportedOn(LocalDate reportedOn) {
    this.reportedOn = reportedOn;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getAgencyReference() {
    return agencyReference;
  }

  public void setAgencyReference(String agencyReference) {
    this.agencyReference = agencyReference;
  }

  public String getHow() {
    return how;
  }

  public void setHow(String how) {
    this.how = how;
  }
}
