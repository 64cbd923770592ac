package org.saferpartnerships.account.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.saferpartnerships.identity.Role;

/**
 * A person to invite: their e-mail address (their username), name, roles, the organisations they
 * act for, whether they lead them, and the language of the invitation.
 */
public record Invitation(
    @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = 100, message = "{account.email.tooLong}")
        String email,
    @NotBlank(message = "{account.name.required}") @Size(max = 200, message = "{account.name.size}")
        String displayName,
    @NotNull Set<Role> roles,
    @NotNull Set<Long> organisationIds,
    boolean lead,
    @Pattern(regexp = "en|cy", message = "{caseReview.language.required}") String language) {

  public Invitation {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
  }
}
