package org.saferpartnerships.web.partnership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.partnership.directory.CspFilter;
import org.saferpartnerships.partnership.directory.CspSummary;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The list of CSPs (registry/csps.xhtml): filter by country, force area, name or code, council type
 * and "only mine", in any vintage; paged and sorted in the database; downloadable as CSV. The
 * filters are view parameters too, so a filtered list can be bookmarked or linked to.
 */
@Named
@ViewScoped
public class CspList extends RegistryFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean mine;

  private final PagedModel<CspSummary> model =
      new PagedModel<>(page -> directory.findCsps(vintage(), filter(), page), CspSummary::code);

  private CspFilter filter() {
    return new CspFilter(countryValue(), getPfa(), getQuery(), councilTypeValue(), mine);
  }

  /** The filtered list as a file: csv, xlsx or ods. */
  public StreamedContent download(String format) {
    List<String> headings =
        List.of(
            messages.text("column.code"),
            messages.text("column.name"),
            messages.text("column.nameCy"),
            messages.text("column.country"),
            messages.text("column.forceAreaCode"),
            messages.text("column.forceArea"),
            messages.text("column.councilCodes"));
    VintageSummary vintage = vintage();
    CspFilter filter = filter();
    return TableDownload.of(
        format,
        "csps",
        messages.text("csps.title"),
        headings,
        n ->
            directory
                .findCsps(
                    vintage, filter, new PageRequest(n, TableDownload.pageSize(), "code", false))
                .map(
                    csp ->
                        List.of(
                            csp.code(),
                            csp.name(),
                            csp.nameCy() == null ? "" : csp.nameCy(),
                            messages.text("country." + csp.country()),
                            csp.pfaCode(),
                            csp.pfaName(),
                            String.join(" ", csp.ladCodes()))));
  }

  @Override
  void clearMore() {
    mine = false;
  }

  public PagedModel<CspSummary> getModel() {
    return model;
  }

  public long getTotal() {
    return model.total();
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}
