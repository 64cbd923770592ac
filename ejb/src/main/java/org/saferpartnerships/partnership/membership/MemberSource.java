package org.saferpartnerships.partnership.membership;

/**
 * Where a CSP's member came from: the CSP lookup itself (its councils and police force, which
 * cannot be removed), the ONS lookups of the other responsible authorities loaded with the
 * reference data (which an administrator may correct or remove), or an administrator.
 */
public enum MemberSource {
  LOOKUP,
  REFERENCE_DATA,
  ADMINISTRATOR
}
