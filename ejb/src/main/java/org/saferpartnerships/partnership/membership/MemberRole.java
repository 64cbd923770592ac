package org.saferpartnerships.partnership.membership;

/**
 * The part an organisation plays in a CSP: a responsible authority under the Crime and Disorder Act
 * 1998 s5, a co-operating body, or a participating one (invited, no statutory duty).
 */
public enum MemberRole {
  RESPONSIBLE_AUTHORITY,
  CO_OPERATING,
  PARTICIPATING
}
