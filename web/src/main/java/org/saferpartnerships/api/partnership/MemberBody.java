package org.saferpartnerships.api.partnership;

/**
 * A member to add to a CSP: an existing organisation by id, or a new one by type and name; and its
 * role (RESPONSIBLE_AUTHORITY, CO_OPERATING or PARTICIPATING). For a change of role, the version
 * read.
 */
public record MemberBody(
    Long organisationId, String type, String name, String nameCy, String role, Long version) {}
