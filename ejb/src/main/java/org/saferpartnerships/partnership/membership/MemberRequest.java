package org.saferpartnerships.partnership.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.saferpartnerships.partnership.registry.OrganisationType;

/**
 * An administrator's request to add a member to a CSP: either an existing organisation (by id) or a
 * new one (type, English name, optional Welsh name), and the role it plays.
 */
public record MemberRequest(
    Long organisationId,
    OrganisationType newType,
    @Size(max = 200, message = "{organisation.name.size}") String newName,
    @Size(max = 200, message = "{organisation.name.size}") String newNameCy,
    @NotNull(message = "{membership.role.required}") MemberRole role) {}
