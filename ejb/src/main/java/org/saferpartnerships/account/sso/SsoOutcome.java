package org.saferpartnerships.account.sso;

import java.util.Set;
import org.saferpartnerships.identity.Role;

/**
 * The end of a sign-in through the organisation's provider: signed in to an account (with that
 * account's roles, never the provider's), waiting for an administrator, or refused for a reason the
 * person is told (a key of the sign-in outcome page).
 */
public record SsoOutcome(Kind kind, String username, Set<Role> roles, String reason) {

  /** How it ended. */
  public enum Kind {
    SIGNED_IN,
    WAITING,
    REFUSED
  }

  static SsoOutcome signedIn(String username, Set<Role> roles) {
    return new SsoOutcome(Kind.SIGNED_IN, username, Set.copyOf(roles), null);
  }

  static SsoOutcome waiting() {
    return new SsoOutcome(Kind.WAITING, null, Set.of(), "waiting");
  }

  public static SsoOutcome refused(String reason) {
    return new SsoOutcome(Kind.REFUSED, null, Set.of(), reason);
  }
}
