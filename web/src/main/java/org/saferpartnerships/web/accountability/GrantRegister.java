package org.saferpartnerships.web.accountability;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.accountability.grants.GrantRequest;
import org.saferpartnerships.accountability.grants.GrantService;
import org.saferpartnerships.accountability.grants.GrantView;
import org.saferpartnerships.partnership.directory.CspFilter;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.registry.AreaName;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.dates.Years;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The grant register (submission/grants.xhtml?pfa=&amp;year=): the crime and disorder reduction
 * grants of a force area (national roles: any), paged in the database, exported as CSV, XLSX or ODS
 * for publication; its policing body's reviewers record a grant, correct one or record a repayment.
 */
@Named
@ViewScoped
public class GrantRegister implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient GrantService grants;

  @EJB private transient ForceAreas forceAreas;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  @Inject private transient Clock clock;

  private String pfa;
  private Integer year;
  private List<AreaName> choices;

  private Long editing;
  private Long editingVersion;
  private String csp;
  private String recipient;
  private String purpose;
  private String amount;
  private Integer grantYear;
  private String awardedOn;
  private String conditions;
  private String monitoringDueOn;
  private String repaidAmount;
  private String repaymentNote;

  private final PagedModel<GrantView> model =
      new PagedModel<>(
          page -> grants.list(blank(pfa) ? null : pfa, year, page),
          row -> String.valueOf(row.id()));

  public void load() {
    choices = forceAreas.choicesOfCaller();
    if (blank(pfa) && choices.size() == 1) {
      pfa = choices.get(0).code();
    }
    if (grantYear == null) {
      grantYear = year != null ? year : Years.current(LocalDate.now(clock));
    }
  }

  public void search() {
    // the table reloads with the new filters
  }

  /** Whether the user may record grants for the chosen force area. */
  public boolean isMayRecord() {
    return !blank(pfa) && grants.mayRecord(pfa);
  }

  public void edit(long id) {
    GrantView grant = grants.get(id);
    editing = id;
    editingVersion = grant.version();
    csp = grant.cspCode();
    recipient = grant.recipient();
    purpose = grant.purpose();
    amount = grant.amount().toPlainString();
    grantYear = grant.financialYear();
    awardedOn = grant.awardedOn().toString();
    conditions = grant.conditions();
    monitoringDueOn = grant.monitoringDueOn() == null ? null : grant.monitoringDueOn().toString();
    repaidAmount = grant.repaidAmount() == null ? null : grant.repaidAmount().toPlainString();
    repaymentNote = grant.repaymentNote();
  }

  @ShowsRefusal
  public String save() {
    BigDecimal money = money("grant:amount", amount);
    BigDecimal repaid = money("grant:repaid", repaidAmount);
    LocalDate awarded = date("grant:awardedOn", awardedOn);
    LocalDate monitoring = date("grant:monitoringDueOn", monitoringDueOn);
    if (money == BAD_MONEY
        || repaid == BAD_MONEY
        || awarded == BAD_DATE
        || monitoring == BAD_DATE) {
      return null;
    }
    GrantRequest request =
        new GrantRequest(
            pfa,
            blank(csp) ? null : csp,
            recipient,
            purpose,
            money,
            grantYear == null ? 0 : grantYear,
            awarded,
            conditions,
            monitoring,
            repaid,
            repaymentNote,
            editingVersion);
    if (editing == null) {
      grants.create(request);
    } else {
      grants.update(editing, request);
    }
    messages.info(editing == null ? "grants.recorded" : "grants.updated", recipient);
    return "/submission/grants?faces-redirect=true&pfa="
        + pfa
        + (year == null ? "" : "&year=" + year);
  }

  /** The filtered register as a file: csv, xlsx or ods. */
  public StreamedContent download(String format) {
    List<String> headings =
        List.of(
            messages.text("grants.forceArea"),
            messages.text("grants.body"),
            messages.text("grants.recipient"),
            messages.text("column.csp"),
            messages.text("grants.purpose"),
            messages.text("grants.amount"),
            messages.text("submission.year"),
            messages.text("grants.awardedOn"),
            messages.text("grants.conditions"),
            messages.text("grants.monitoringDueOn"),
            messages.text("grants.repaid"),
            messages.text("grants.repaymentNote"));
    String area = blank(pfa) ? null : pfa;
    Integer chosenYear = year;
    return TableDownload.of(
        format,
        "grant-register",
        messages.text("grants.title"),
        headings,
        n ->
            grants
                .list(
                    area,
                    chosenYear,
                    new PageRequest(n, TableDownload.pageSize(), "awarded", false))
                .map(
                    g ->
                        List.<Object>of(
                            g.pfaName(),
                            language.pick(g.bodyName(), g.bodyNameCy()),
                            g.recipient(),
                            g.cspCode() == null ? "" : language.pick(g.cspName(), g.cspNameCy()),
                            g.purpose(),
                            g.amount(),
                            Years.label(g.financialYear()),
                            g.awardedOn(),
                            g.conditions() == null ? "" : g.conditions(),
                            g.monitoringDueOn() == null ? "" : g.monitoringDueOn(),
                            g.repaidAmount() == null ? "" : g.repaidAmount(),
                            g.repaymentNote() == null ? "" : g.repaymentNote())));
  }

  public String total() {
    return NumberFormat.getCurrencyInstance(Locale.UK)
        .format(grants.total(blank(pfa) ? null : pfa, year));
  }

  public String pounds(BigDecimal value) {
    return value == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(value);
  }

  public List<SelectItem> getAreaOptions() {
    return choices.stream()
        .map(area -> new SelectItem(area.code(), language.pick(area.name(), area.nameCy())))
        .toList();
  }

  public List<SelectItem> getYearOptions() {
    return Years.around(LocalDate.now(clock));
  }

  /** The CSPs of the chosen force area, as recipients. */
  public List<SelectItem> getCspOptions() {
    if (blank(pfa)) {
      return List.of();
    }
    return directory
        .findCsps(
            directory.vintage(null, null),
            new CspFilter(null, pfa, null, null, false),
            new PageRequest(0, PageRequest.MAX_SIZE, "name", false))
        .items()
        .stream()
        .map(c -> new SelectItem(c.code(), language.pick(c.name(), c.nameCy())))
        .toList();
  }

  private static final BigDecimal BAD_MONEY = new BigDecimal("-999999999999");
  private static final LocalDate BAD_DATE = LocalDate.MIN;

  private BigDecimal money(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace("£", "").replace(",", ""));
    } catch (NumberFormatException e) {
      messages.error(field, "grants.amountInvalid");
      return BAD_MONEY;
    }
  }

  private LocalDate date(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      messages.error(field, "submission.dateInvalid");
      return BAD_DATE;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public PagedModel<GrantView> getModel() {
    return model;
  }

  public long getTotalCount() {
    return model.total();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getPfa() {
    return pfa;
  }

  public void setPfa(String pfa) {
    this.pfa = pfa;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public Integer getGrantYear() {
    return grantYear;
  }

  public void setGrantYear(Integer grantYear) {
    this.grantYear = grantYear;
  }

  public String getAwardedOn() {
    return awardedOn;
  }

  public void setAwardedOn(String awardedOn) {
    this.awardedOn = awardedOn;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getMonitoringDueOn() {
    return monitoringDueOn;
  }

  public void setMonitoringDueOn(String monitoringDueOn) {
    this.monitoringDueOn = monitoringDueOn;
  }

  public String getRepaidAmount() {
    return repaidAmount;
  }

  public void setRepaidAmount(String repaidAmount) {
    this.repaidAmount = repaidAmount;
  }

  public String getRepaymentNote() {
    return repaymentNote;
  }

  public void setRepaymentNote(String repaymentNote) {
    this.repaymentNote = repaymentNote;
  }
}
