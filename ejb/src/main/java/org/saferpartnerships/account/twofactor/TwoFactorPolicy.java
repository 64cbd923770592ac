package org.saferpartnerships.account.twofactor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.identity.Role;

/**
 * Which roles must use two-factor authentication: by default administrators and data protection
 * officers, who can see and change the most. {@code sp.two-factor.required-roles} names others
 * (comma-separated), or {@code none} for a test system; everyone else may turn it on.
 */
@ApplicationScoped
public class TwoFactorPolicy {

  @Inject
  @ConfigProperty(
      name = "sp.two-factor.required-roles",
      defaultValue = "ADMIN,DATA_PROTECTION_OFFICER")
  String configured;

  private volatile Set<Role> required;

  @PostConstruct
  void read() {
    required = parse(configured);
  }

  /** Whether an account with these roles must have two-factor authentication. */
  public boolean requiredFor(Collection<Role> roles) {
    return roles.stream().anyMatch(required::contains);
  }

  public Set<Role> required() {
    return Set.copyOf(required);
  }

  /** Replaces the roles on this node (the tests' control, to try enforcement and undo it). */
  public void override(Set<Role> roles) {
    required = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Back to the configuration. */
  public void restore() {
    read();
  }

  static Set<Role> parse(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (text == null || text.isBlank() || "none".equalsIgnoreCase(text.trim())) {
      return roles;
    }
    for (String name : text.split(",")) {
      if (!name.isBlank()) {
        roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      }
    }
    return roles;
  }
}
