package org.saferpartnerships.partnership.directory;

import org.saferpartnerships.partnership.membership.MemberRole;
import org.saferpartnerships.partnership.registry.OrganisationType;

/**
 * A member organisation of a CSP. Members from the lookup (its councils and police force) have no
 * membership id and cannot be removed; members an administrator added can.
 */
public record MemberSummary(
    long organisationId,
    Long membershipId,
    String name,
    String nameCy,
    OrganisationType type,
    MemberRole role,
    boolean fromLookup,
    long version)
    implements java.io.Serializable {}
