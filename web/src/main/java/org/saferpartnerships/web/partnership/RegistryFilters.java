package org.saferpartnerships.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.saferpartnerships.partnership.directory.ForceAreaFilter;
import org.saferpartnerships.partnership.directory.ForceAreaSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.partnership.registry.CouncilType;
import org.saferpartnerships.partnership.registry.Country;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;

/**
 * The filters the registry lists share (vintage, country, force area, council type, text) and the
 * options of their drop-downs. Values that are not valid options (from an edited address) are
 * treated as "any" and the user is told.
 */
abstract class RegistryFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long vintageId;
  private String country;
  private String pfa;
  private String query;
  private String councilType;
  private transient List<SelectItem> forceAreaOptions;
  private transient List<SelectItem> vintageOptions;
  private transient VintageSummary resolved;

  @EJB PartnershipDirectory directory;

  @Inject Language language;

  @Inject PageMessages messages;

  /** The vintage chosen, or the one in force today. */
  VintageSummary vintage() {
    if (resolved == null) {
      try {
        resolved = directory.vintage(vintageId, null);
      } catch (NotFoundException unknown) {
        vintageId = null;
        resolved = directory.vintage(null, null);
      }
    }
    return resolved;
  }

  Country countryValue() {
    try {
      return Country.parse(country);
    } catch (IllegalArgumentException unknown) {
      country = null;
      return null;
    }
  }

  CouncilType councilTypeValue() {
    try {
      return CouncilType.parse(councilType);
    } catch (IllegalArgumentException unknown) {
      councilType = null;
      return null;
    }
  }

  /** Shows the first page of the table with the filters as they now are. */
  public void apply(String tableId) {
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  /** Clears every filter and shows the first page. */
  public void clear(String tableId) {
    country = null;
    pfa = null;
    query = null;
    councilType = null;
    clearMore();
    apply(tableId);
  }

  /** Clears the filters a particular list adds. */
  void clearMore() {}

  public List<SelectItem> getForceAreaOptions() {
    if (forceAreaOptions == null) {
      forceAreaOptions = new ArrayList<>();
      for (ForceAreaSummary area :
          directory
              .findForceAreas(
                  vintage(),
                  new ForceAreaFilter(null, null),
                  new PageRequest(0, PageRequest.MAX_SIZE, "name", false))
              .items()) {
        forceAreaOptions.add(
            new SelectItem(area.code(), language.pick(area.name(), area.nameCy())));
      }
    }
    return forceAreaOptions;
  }

  public List<SelectItem> getVintageOptions() {
    if (vintageOptions == null) {
      vintageOptions = new ArrayList<>();
      for (VintageSummary vintage : directory.vintages()) {
        vintageOptions.add(
            new SelectItem(vintage.id(), vintage.label() + " (" + vintage.validFrom() + ")"));
      }
    }
    return vintageOptions;
  }

  public List<SelectItem> getCountryOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (Country value : Country.values()) {
      options.add(new SelectItem(String.valueOf(value.code()), messages.text("country." + value)));
    }
    return options;
  }

  public List<SelectItem> getCouncilTypeOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (CouncilType value : CouncilType.values()) {
      options.add(new SelectItem(value.prefix(), messages.text("councilType." + value)));
    }
    return options;
  }

  public VintageSummary getVintage() {
    return vintage();
  }

  public Long getVintageId() {
    return vintageId;
  }

  public void setVintageId(Long vintageId) {
    if (vintageId == null ? this.vintageId != null : !vintageId.equals(this.vintageId)) {
      resolved = null;
      forceAreaOptions = null;
    }
    this.vintageId = vintageId;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getPfa() {
    return pfa;
  }

  public void setPfa(String pfa) {
    this.pfa = pfa == null || pfa.isBlank() ? null : pfa.trim().toUpperCase();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getCouncilType() {
    return councilType;
  }

  public void setCouncilType(String councilType) {
    this.councilType = councilType;
  }
}
