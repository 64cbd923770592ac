package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.casereview.CaseFigures;
import org.saferpartnerships.casereview.CaseStatistics;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.dates.Years;
import org.saferpartnerships.web.figures.BarChart;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The published case review figures (public/case-review-figures.xhtml): for a financial year, every
 * CSP of England and Wales or one of them, with the national totals, and a CSV download. Computed
 * from the case records each time; no personal data.
 */
@Named
@ViewScoped
public class PublicFigures implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int YEARS = 5;

  @EJB private transient CaseStatistics statistics;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  @Inject private transient Clock clock;

  private String csp;
  private Integer year;
  private boolean active;
  private String sort;
  private List<CaseFigures> rows;
  private List<YearFigures> years;

  /** The national (or one partnership's) totals of one financial year, for the chart. */
  public record YearFigures(int year, String label, CaseFigures total) implements Serializable {}

  /**
   * Reads the figures for the chosen year (by default the current financial year), keeps only the
   * partnerships with applications when asked, and sorts them as asked (by name by default).
   */
  public void load() {
    if (year == null) {
      year = currentYear();
    }
    String chosen = csp == null || csp.isBlank() ? null : csp;
    try {
      rows = figures(year, chosen);
    } catch (NotFoundException unknown) {
      messages.refused("figures:csp", unknown);
      csp = null;
      chosen = null;
      rows = figures(year, null);
    }
    if (active) {
      rows = rows.stream().filter(row -> row.applications() > 0).toList();
    }
    rows = rows.stream().sorted(order()).toList();
    years = new ArrayList<>();
    int current = currentYear();
    for (int y = current - YEARS + 1; y <= current; y++) {
      CaseFigures total = total(figures(y, chosen));
      years.add(new YearFigures(y, Years.label(y), total));
    }
  }

  private List<CaseFigures> figures(int from, String partnership) {
    return statistics.figures(
        LocalDate.of(from, 4, 1), LocalDate.of(from + 1, 3, 31), partnership, null);
  }

  private Comparator<CaseFigures> order() {
    Comparator<CaseFigures> byName =
        Comparator.comparing(this::name, Collator.getInstance(language.getLocale()));
    return switch (sort == null ? "" : sort) {
      case "applications" ->
          Comparator.comparingLong(CaseFigures::applications).reversed().thenComparing(byName);
      case "reviews" ->
          Comparator.comparingLong(CaseFigures::reviews).reversed().thenComparing(byName);
      case "forceArea" ->
          Comparator.comparing(
                  (CaseFigures row) -> row.pfaName() == null ? "" : row.pfaName(),
                  Collator.getInstance(language.getLocale()))
              .thenComparing(byName);
      default -> byName;
    };
  }

  /** The ways the table can be sorted, for its drop-down. */
  public List<SelectItem> getSortOptions() {
    return List.of(
        new SelectItem("name", messages.text("figures.sort.name")),
        new SelectItem("applications", messages.text("figures.sort.applications")),
        new SelectItem("reviews", messages.text("figures.sort.reviews")),
        new SelectItem("forceArea", messages.text("figures.sort.forceArea")));
  }

  /** The totals of the chosen partnership (or all) in each of the last five years, oldest first. */
  public List<YearFigures> getYears() {
    return years;
  }

  /**
   * The chart of {@link #getYears()}: applications, thresholds not met and reviews carried out by
   * year.
   */
  public String getChart() {
    return new BarChart(years.stream().map(YearFigures::label).toList())
        .series(
            messages.text("figures.applications"),
            years.stream().map(y -> y.total().applications()).toList())
        .series(
            messages.text("figures.notMet"),
            years.stream().map(y -> y.total().thresholdNotMet()).toList())
        .series(
            messages.text("figures.reviews"), years.stream().map(y -> y.total().reviews()).toList())
        .json();
  }

  /** What the chart shows, for its accessible name. */
  public String getChartLabel() {
    return messages.text(
        "figures.chart.label",
        years.isEmpty() ? "" : years.get(0).label(),
        years.isEmpty() ? "" : years.get(years.size() - 1).label());
  }

  public String show() {
    return "/public/case-review-figures?faces-redirect=true&year="
        + year
        + (csp == null || csp.isBlank() ? "" : "&csp=" + csp)
        + (active ? "&active=true" : "")
        + (sort == null || sort.isBlank() || "name".equals(sort) ? "" : "&sort=" + sort);
  }

  /** The figures shown, as a file: csv, xlsx or ods; numbers stay numbers in the spreadsheets. */
  public StreamedContent download(String format) {
    List<List<Object>> cells = new ArrayList<>();
    for (CaseFigures row : rows) {
      cells.add(
          List.of(
              row.cspCode(),
              name(row),
              row.pfaName(),
              row.applications(),
              row.thresholdNotMet(),
              row.reviews(),
              row.reviewsWithRecommendations()));
    }
    return TableDownload.of(
        format,
        "case-review-figures-" + year + "-" + (year + 1) % 100,
        messages.text("figures.title"),
        List.of(
            messages.text("figures.csp.code"),
            messages.text("figures.csp"),
            messages.text("figures.forceArea"),
            messages.text("figures.applications"),
            messages.text("figures.notMet"),
            messages.text("figures.reviews"),
            messages.text("figures.withRecommendations")),
        n -> n == 0 ? new Page<>(cells, cells.size()) : new Page<>(List.of(), cells.size()));
  }

  public String name(CaseFigures row) {
    return language.pick(row.cspName(), row.cspNameCy());
  }

  /** The totals of the rows shown. */
  public CaseFigures getTotal() {
    return total(rows);
  }

  private static CaseFigures total(List<CaseFigures> rows) {
    CaseFigures total = new CaseFigures(null, null, null, null, null, 0, 0, 0, 0);
    for (CaseFigures row : rows) {
      total = total.plus(row);
    }
    return total;
  }

  public List<SelectItem> getYearOptions() {
    List<SelectItem> options = new ArrayList<>();
    int current = currentYear();
    for (int y = current; y > current - YEARS; y--) {
      options.add(new SelectItem(y, y + "–" + (y + 1) % 100));
    }
    return options;
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, false);
  }

  private int currentYear() {
    LocalDate today = LocalDate.now(clock);
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }

  public List<CaseFigures> getRows() {
    return rows;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
