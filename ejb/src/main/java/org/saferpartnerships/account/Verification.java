package org.saferpartnerships.account;

import java.util.Set;
import org.saferpartnerships.identity.Role;

/**
 * The outcome of checking a username and password: the state of the account and, if valid, its
 * roles.
 */
public record Verification(String username, LoginState state, boolean valid, Set<Role> roles) {

  static Verification valid(String username, Set<Role> roles) {
    return new Verification(username, LoginState.ACTIVE, true, Set.copyOf(roles));
  }

  static Verification refused(String username, LoginState state) {
    return new Verification(username, state, false, Set.of());
  }
}
