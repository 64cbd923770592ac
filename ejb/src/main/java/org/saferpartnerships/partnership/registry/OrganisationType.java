package org.saferpartnerships.partnership.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of organisation. Councils, police forces and partnerships come from the ONS lookup,
 * policing bodies from the governance reference, the Home Office from the first migration; the rest
 * are added by an administrator. Which may be a responsible authority follows the Crime and
 * Disorder Act 1998 s5 (health bodies: integrated care boards in England, local health boards in
 * Wales).
 */
public enum OrganisationType {
  COUNCIL,
  COUNTY_COUNCIL,
  POLICE_FORCE,
  PARTNERSHIP,
  POLICING_BODY,
  FIRE_AND_RESCUE_AUTHORITY,
  INTEGRATED_CARE_BOARD,
  LOCAL_HEALTH_BOARD,
  PROBATION_SERVICE,
  REGISTERED_PROVIDER,
  OTHER_PARTNER,
  HOME_OFFICE;

  /** Types an administrator may create; the others come from reference data. */
  public static final Set<OrganisationType> ADDED_BY_ADMIN =
      EnumSet.of(
          COUNTY_COUNCIL,
          FIRE_AND_RESCUE_AUTHORITY,
          INTEGRATED_CARE_BOARD,
          LOCAL_HEALTH_BOARD,
          PROBATION_SERVICE,
          REGISTERED_PROVIDER,
          OTHER_PARTNER);

  private static final Set<OrganisationType> RESPONSIBLE_AUTHORITIES =
      EnumSet.of(
          COUNCIL,
          COUNTY_COUNCIL,
          POLICE_FORCE,
          FIRE_AND_RESCUE_AUTHORITY,
          INTEGRATED_CARE_BOARD,
          LOCAL_HEALTH_BOARD,
          PROBATION_SERVICE);

  public boolean mayBeResponsibleAuthority() {
    return RESPONSIBLE_AUTHORITIES.contains(this);
  }

  /** ICBs exist only in England, local health boards and Welsh counties only in Wales. */
  public boolean servesCountry(Country country) {
    return switch (this) {
      case INTEGRATED_CARE_BOARD, COUNTY_COUNCIL -> country == Country.ENGLAND;
      case LOCAL_HEALTH_BOARD -> country == Country.WALES;
      default -> true;
    };
  }
}
