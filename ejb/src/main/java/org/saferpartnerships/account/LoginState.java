package org.saferpartnerships.account;

import java.time.Instant;

/**
 * Why a sign-in did or did not succeed, for the message the user is shown. {@code lockedUntil} is
 * set only for {@link Status#LOCKED}.
 */
public record LoginState(Status status, Instant lockedUntil) {

  public enum Status {
    ACTIVE,
    LOCKED,
    DISABLED,
    UNKNOWN
  }

  static final LoginState ACTIVE = new LoginState(Status.ACTIVE, null);
  static final LoginState DISABLED = new LoginState(Status.DISABLED, null);
  static final LoginState UNKNOWN = new LoginState(Status.UNKNOWN, null);

  static LoginState lockedUntil(Instant until) {
    return new LoginState(Status.LOCKED, until);
  }
}
