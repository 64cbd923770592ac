package org.saferpartnerships.web.accountability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.saferpartnerships.accountability.published.PublishedReport;
import org.saferpartnerships.accountability.published.PublishedReports;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Paging;

/**
 * The public page of reports received under CDA s7 (public/reports.xhtml?pfa=&amp;page=): anyone
 * may read them and their documents, and download the list as CSV, XLSX or ODS.
 */
@Named
@RequestScoped
public class PublishedReportsPage {

  static final int SIZE = 25;

  @EJB private PublishedReports reports;

  @EJB private ForceAreas forceAreas;

  @Inject private Language language;

  private String pfa;
  private int page;
  private Page<PublishedReport> found;

  public void load() {
    page = Math.max(0, page);
    found = reports.list(pfa, new PageRequest(page, SIZE, null, false));
    int last = Paging.lastPage(found.total(), SIZE);
    if (page > last) {
      page = last;
      found = reports.list(pfa, new PageRequest(page, SIZE, null, false));
    }
  }

  public List<SelectItem> getAreaOptions() {
    return forceAreas.all().stream()
        .map(area -> new SelectItem(area.code(), language.pick(area.name(), area.nameCy())))
        .toList();
  }

  public Page<PublishedReport> getFound() {
    return found;
  }

  public Paging getPaging() {
    return new Paging(page, SIZE, found.total());
  }

  public String getPfa() {
    return pfa;
  }

  public void setPfa(String pfa) {
    this.pfa = pfa == null || pfa.isBlank() ? null : pfa.strip();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
