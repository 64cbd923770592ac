package org.saferpartnerships.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.partnership.directory.CspFilter;
import org.saferpartnerships.partnership.directory.CspSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/** The home page: the registry in force today and the partnerships the user works with. */
@Named
@RequestScoped
public class Home {

  static final int MINE_SHOWN = 20;

  @EJB private PartnershipDirectory directory;

  @Inject private CallerScope scope;

  private VintageSummary vintage;
  private Page<CspSummary> mine;

  public VintageSummary getVintage() {
    if (vintage == null) {
      try {
        vintage = directory.vintage(null, null);
      } catch (NotFoundException none) {
        return null;
      }
    }
    return vintage;
  }

  /** National roles (administrators, Home Office, data protection) see every partnership. */
  public boolean isNational() {
    return scope.get().national();
  }

  public Page<CspSummary> getMine() {
    if (mine == null) {
      mine =
          getVintage() == null
              ? new Page<>(java.util.List.of(), 0)
              : directory.findCsps(
                  vintage,
                  new CspFilter(null, null, null, null, true),
                  new PageRequest(0, MINE_SHOWN, "name", false));
    }
    return mine;
  }
}
