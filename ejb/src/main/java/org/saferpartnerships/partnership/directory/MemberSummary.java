package org.saferpartnerships.partnership.directory;

import org.saferpartnerships.partnership.membership.MemberRole;
import org.saferpartnerships.partnership.membership.MemberSource;
import org.saferpartnerships.partnership.registry.OrganisationType;

/**
 * A member organisation of a CSP. Members from the CSP lookup (its councils and police force) have
 * no membership id and cannot be removed; the responsible authorities loaded from the other ONS
 * lookups and the members an administrator added can. A member covering only part of the CSP's
 * councils (a health board where a council is split between boards) has the share it covers.
 */
public record MemberSummary(
    long organisationId,
    Long membershipId,
    String name,
    String nameCy,
    OrganisationType type,
    MemberRole role,
    boolean fromLookup,
    MemberSource source,
    Integer coveragePercent,
    long version)
    implements java.io.Serializable {}
