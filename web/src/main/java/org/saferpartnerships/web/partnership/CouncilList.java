package org.saferpartnerships.web.partnership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.partnership.directory.AreaRef;
import org.saferpartnerships.partnership.directory.CouncilFilter;
import org.saferpartnerships.partnership.directory.CouncilSummary;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The list of councils (registry/councils.xhtml) with their GSS codes, type, force area and the
 * CSPs covering them, in any vintage: the page that answers "which CSP was this council in, then?".
 */
@Named
@ViewScoped
public class CouncilList extends RegistryFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PagedModel<CouncilSummary> model =
      new PagedModel<>(
          page -> directory.findCouncils(vintage(), filter(), page), CouncilSummary::code);

  private CouncilFilter filter() {
    return new CouncilFilter(countryValue(), getPfa(), getQuery(), councilTypeValue());
  }

  /** The filtered list as a file: csv, xlsx or ods. */
  public StreamedContent download(String format) {
    List<String> headings =
        List.of(
            messages.text("column.code"),
            messages.text("column.name"),
            messages.text("column.councilType"),
            messages.text("column.country"),
            messages.text("column.forceAreaCode"),
            messages.text("column.forceArea"),
            messages.text("column.cspCodes"));
    var vintage = vintage();
    var filter = filter();
    return TableDownload.of(
        format,
        "councils",
        messages.text("councils.title"),
        headings,
        n ->
            directory
                .findCouncils(
                    vintage, filter, new PageRequest(n, TableDownload.pageSize(), "code", false))
                .map(
                    council ->
                        List.of(
                            council.code(),
                            council.name(),
                            messages.text("councilType." + council.type()),
                            messages.text("country." + council.country()),
                            council.pfaCode(),
                            council.pfaName(),
                            String.join(
                                " ", council.csps().stream().map(AreaRef::code).toList()))));
  }

  public PagedModel<CouncilSummary> getModel() {
    return model;
  }

  public long getTotal() {
    return model.total();
  }
}
