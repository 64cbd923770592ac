package org.saferpartnerships.workflow.routing;

import java.util.EnumSet;
import java.util.Set;
import org.saferpartnerships.partnership.registry.OrganisationType;

/**
 * The kind of body an item is addressed to ("the police", "the council"), which routing turns into
 * a named organisation of the item's CSP.
 */
public enum TargetBody {
  POLICE(EnumSet.of(OrganisationType.POLICE_FORCE)),
  COUNCIL(EnumSet.of(OrganisationType.COUNCIL, OrganisationType.COUNTY_COUNCIL)),
  POLICING_BODY(EnumSet.of(OrganisationType.POLICING_BODY)),
  PARTNERSHIP(EnumSet.of(OrganisationType.PARTNERSHIP)),
  FIRE_AND_RESCUE(EnumSet.of(OrganisationType.FIRE_AND_RESCUE_AUTHORITY)),
  HEALTH(EnumSet.of(OrganisationType.INTEGRATED_CARE_BOARD, OrganisationType.LOCAL_HEALTH_BOARD)),
  PROBATION(EnumSet.of(OrganisationType.PROBATION_SERVICE)),
  SOCIAL_LANDLORD(EnumSet.of(OrganisationType.REGISTERED_PROVIDER));

  private final Set<OrganisationType> types;

  TargetBody(Set<OrganisationType> types) {
    this.types = types;
  }

  public Set<OrganisationType> organisationTypes() {
    return EnumSet.copyOf(types);
  }
}
