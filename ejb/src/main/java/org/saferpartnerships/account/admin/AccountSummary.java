package org.saferpartnerships.account.admin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.OrganisationName;

/** An account as its administrator sees it: who, what they may do, and how their sign-ins go. */
public record AccountSummary(
    long id,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    List<OrganisationName> organisations,
    boolean lead,
    AccountStatus status,
    Instant createdAt,
    String invitedBy,
    Instant lastLoginAt,
    int failedAttempts,
    Instant lastFailedAt,
    Instant lockedUntil,
    Instant passwordChangedAt,
    String language,
    long version)
    implements java.io.Serializable {

  public AccountSummary {
    roles = Set.copyOf(roles);
    organisations = List.copyOf(organisations);
  }

  /** The account as its administrator sees it at the moment. */
  public static AccountSummary of(Account a, Instant now) {
    return new AccountSummary(
        a.getId(),
        a.getUsername(),
        a.getDisplayName(),
        a.getEmail(),
        a.getRoles(),
        a.getOrganisations().stream()
            .map(o -> new OrganisationName(o.getId(), o.getName(), o.getNameCy()))
            .sorted(Comparator.comparing(OrganisationName::name))
            .toList(),
        a.isOrganisationLead(),
        AccountStatus.of(a, now),
        a.getCreatedAt(),
        a.getInvitedBy(),
        a.getLastLoginAt(),
        a.getFailedAttempts(),
        a.getLastFailedAt(),
        a.getLockedUntil(),
        a.getPasswordChangedAt(),
        a.getPreferredLanguage(),
        a.getVersion());
  }
}
