package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.saferpartnerships.web.TableDownload;

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
  private List<CaseFigures> rows;

  /** Reads the figures for the chosen year (by default the current financial year). */
  public void load() {
    if (year == null) {
      year = currentYear();
    }
    try {
      rows =
          statistics.figures(
              LocalDate.of(year, 4, 1),
              LocalDate.of(year + 1, 3, 31),
              csp == null || csp.isBlank() ? null : csp,
              null);
    } catch (NotFoundException unknown) {
      messages.refused("figures:csp", unknown);
      csp = null;
      rows =
          statistics.figures(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), null, null);
    }
  }

  public String show() {
    return "/public/case-review-figures?faces-redirect=true&year="
        + year
        + (csp == null || csp.isBlank() ? "" : "&csp=" + csp);
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

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
