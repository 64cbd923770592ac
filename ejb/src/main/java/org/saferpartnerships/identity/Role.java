package org.saferpartnerships.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DESIGN.md section 4. They are also the group names of the identity store and the
 * security roles of web.xml; {@link Names} holds them as constants for annotations.
 */
public enum Role {
  CSP_COORDINATOR,
  PARTNER_OFFICER,
  PCC_REVIEWER,
  HOME_OFFICE_ANALYST,
  ADMIN,
  DATA_PROTECTION_OFFICER;

  /** Roles whose holders see every area, whatever organisations they act for. */
  public static final Set<Role> NATIONAL =
      EnumSet.of(ADMIN, HOME_OFFICE_ANALYST, DATA_PROTECTION_OFFICER);

  /** Role names as compile-time constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String CSP_COORDINATOR = "CSP_COORDINATOR";
    public static final String PARTNER_OFFICER = "PARTNER_OFFICER";
    public static final String PCC_REVIEWER = "PCC_REVIEWER";
    public static final String HOME_OFFICE_ANALYST = "HOME_OFFICE_ANALYST";
    public static final String ADMIN = "ADMIN";
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";

    private Names() {}
  }
}
