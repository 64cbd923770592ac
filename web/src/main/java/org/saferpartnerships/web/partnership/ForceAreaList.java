package org.saferpartnerships.web.partnership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.partnership.directory.ForceAreaFilter;
import org.saferpartnerships.partnership.directory.ForceAreaSummary;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The list of police force areas (registry/force-areas.xhtml) with how many CSPs each has and the
 * body holding PCC functions there today; filter by country or name; CSV download.
 */
@Named
@ViewScoped
public class ForceAreaList extends RegistryFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PagedModel<ForceAreaSummary> model =
      new PagedModel<>(
          page -> directory.findForceAreas(vintage(), filter(), page), ForceAreaSummary::code);

  private ForceAreaFilter filter() {
    return new ForceAreaFilter(countryValue(), getQuery());
  }

  /** The filtered list as a file: csv, xlsx or ods. */
  public StreamedContent download(String format) {
    List<String> headings =
        List.of(
            messages.text("column.code"),
            messages.text("column.name"),
            messages.text("column.country"),
            messages.text("column.cspCount"),
            messages.text("column.policingBody"),
            messages.text("column.governance"));
    var vintage = vintage();
    var filter = filter();
    return TableDownload.of(
        format,
        "police-force-areas",
        messages.text("forceAreas.title"),
        headings,
        n ->
            directory
                .findForceAreas(
                    vintage, filter, new PageRequest(n, TableDownload.pageSize(), "code", false))
                .map(
                    area ->
                        List.of(
                            area.code(),
                            area.name(),
                            messages.text("country." + area.country()),
                            String.valueOf(area.cspCount()),
                            area.policingBody() == null ? "" : area.policingBody().name(),
                            area.policingBody() == null
                                ? ""
                                : messages.text("governance." + area.policingBody().type()))));
  }

  public PagedModel<ForceAreaSummary> getModel() {
    return model;
  }

  public long getTotal() {
    return model.total();
  }
}
