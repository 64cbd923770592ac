package org.saferpartnerships.web.accountability;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.accountability.dashboard.AccountabilityLine;
import org.saferpartnerships.accountability.dashboard.Dashboard;
import org.saferpartnerships.accountability.dashboard.DashboardService;
import org.saferpartnerships.partnership.registry.AreaName;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.dates.Years;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The accountability dashboard (submission/dashboard.xhtml?pfa=&amp;year=): a PCC office's CSPs at
 * a glance, or, for national roles without a force area chosen, every force area summed. A bar per
 * line draws the submissions due (on time, late, overdue, not yet due); the table beside it holds
 * the same figures in words, and each name drills down.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient DashboardService dashboards;

  @EJB private transient ForceAreas forceAreas;

  @Inject private transient Language language;

  @Inject private transient PageMessages messages;

  @Inject private transient Clock clock;

  private String pfa;
  private Integer year;
  private Dashboard dashboard;
  private List<AreaName> choices;

  public String load() {
    choices = forceAreas.choicesOfCaller();
    if (year == null) {
      year = Years.current(LocalDate.now(clock));
    }
    try {
      if ((pfa == null || pfa.isBlank()) && !choices.isEmpty() && !forceAreas.callerSeesAll()) {
        pfa = choices.get(0).code();
      }
      dashboard =
          pfa == null || pfa.isBlank()
              ? dashboards.national(year)
              : dashboards.forceArea(pfa.trim().toUpperCase(Locale.ROOT), year);
    } catch (ServiceException | EJBException missing) {
      dashboard = null;
    }
    if (dashboard == null) {
      return Hidden.notFound();
    }
    return null;
  }

  public boolean isNationalView() {
    return dashboard != null && dashboard.pfaCode() == null;
  }

  public List<SelectItem> getAreaOptions() {
    return choices.stream()
        .map(area -> new SelectItem(area.code(), language.pick(area.name(), area.nameCy())))
        .toList();
  }

  public List<SelectItem> getYearOptions() {
    return Years.around(LocalDate.now(clock));
  }

  /** The width of one part of a line's bar, as a style. */
  public String bar(AccountabilityLine line, int part) {
    int expected = line.expected();
    double share = expected == 0 ? 0 : 100.0 * part / expected;
    return String.format(Locale.ROOT, "width: %.1f%%", share);
  }

  public String money(java.math.BigDecimal amount) {
    java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Locale.UK);
    return format.format(amount == null ? java.math.BigDecimal.ZERO : amount);
  }

  /** The dashboard's lines and their totals, as on the page, as CSV, XLSX or ODS. */
  public StreamedContent download(String format) {
    Columns<AccountabilityLine> columns =
        new Columns<AccountabilityLine>()
            .add("code", "column.code", AccountabilityLine::code)
            .add(
                "name",
                isNationalView() ? "dashboard.forceArea" : "column.csp",
                line -> language.pick(line.name(), line.nameCy()))
            .add("on_time", "timeliness.ON_TIME", AccountabilityLine::onTime)
            .add("late", "timeliness.LATE", AccountabilityLine::late)
            .add("overdue", "timeliness.OVERDUE", AccountabilityLine::overdue)
            .add("due", "timeliness.DUE", AccountabilityLine::due)
            .add(
                "open_recommendations",
                "dashboard.openRecommendations",
                AccountabilityLine::openRecommendations)
            .add("oldest_open_days", "dashboard.oldest", AccountabilityLine::oldestOpenDays)
            .add(
                "closed_recommendations",
                "dashboard.closedRecommendations",
                AccountabilityLine::closedRecommendations)
            .add("applications", "dashboard.applications", AccountabilityLine::applications)
            .add("reviews", "dashboard.reviews", AccountabilityLine::reviews)
            .add("grants", "dashboard.grants", AccountabilityLine::grants)
            .add("grant_amount", "grants.amount", AccountabilityLine::grantAmount);
    List<AccountabilityLine> rows = new java.util.ArrayList<>(dashboard.lines());
    rows.add(dashboard.totals());
    return TableDownload.of(
        format,
        "dashboard-"
            + (dashboard.pfaCode() == null ? "national" : dashboard.pfaCode())
            + "-"
            + year,
        messages.text("dashboard.title"),
        columns,
        messages,
        n -> n == 0 ? new Page<>(rows, rows.size()) : new Page<>(List.of(), rows.size()));
  }

  public Dashboard getDashboard() {
    return dashboard;
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

  public List<AreaName> getChoices() {
    return choices;
  }
}
