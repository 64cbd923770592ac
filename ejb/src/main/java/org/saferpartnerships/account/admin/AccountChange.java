package org.saferpartnerships.account.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.saferpartnerships.identity.Role;

/** A change to an account's name, roles, organisations and lead, made against its version. */
public record AccountChange(
    @NotBlank(message = "{account.name.required}") @Size(max = 200, message = "{account.name.size}")
        String displayName,
    Set<Role> roles,
    Set<Long> organisationIds,
    boolean lead,
    long version) {

  public AccountChange {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
  }
}
