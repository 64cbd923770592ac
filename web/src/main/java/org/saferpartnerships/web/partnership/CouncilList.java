package org.saferpartnerships.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.partnership.directory.AreaRef;
import org.saferpartnerships.partnership.directory.CouncilFilter;
import org.saferpartnerships.partnership.directory.CouncilSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.platform.PageRequest;
import org.saferpartnerships.web.CsvDownload;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;

/**
 * The list of councils (registry/councils.xhtml) with their GSS codes, type, force area and the
 * CSPs covering them, in any vintage: the page that answers "which CSP was this council in, then?".
 */
@Named
@ViewScoped
public class CouncilList extends RegistryFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PartnershipDirectory directory;

  @Inject private Language language;

  @Inject private PageMessages messages;

  private final PagedModel<CouncilSummary> model =
      new PagedModel<>(
          page -> directory.findCouncils(vintage(), filter(), page), CouncilSummary::code);

  private CouncilFilter filter() {
    return new CouncilFilter(countryValue(), getPfa(), getQuery(), councilTypeValue());
  }

  public StreamedContent getCsv() {
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
    return CsvDownload.of(
        "councils.csv",
        headings,
        n ->
            directory
                .findCouncils(
                    vintage, filter, new PageRequest(n, CsvDownload.pageSize(), "code", false))
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

  @Override
  PartnershipDirectory directory() {
    return directory;
  }

  @Override
  Language language() {
    return language;
  }

  @Override
  PageMessages messages() {
    return messages;
  }

  public PagedModel<CouncilSummary> getModel() {
    return model;
  }

  public long getTotal() {
    return model.total();
  }
}
