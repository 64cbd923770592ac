package org.saferpartnerships.account.tokens;

import java.time.Duration;

/** What a one-time link is for, and how long it may be used. */
public enum TokenPurpose {
  /** An invited person sets their first password: a week, as invitations are read late. */
  INVITATION(Duration.ofDays(7)),
  /** A forgotten or forced password reset: an hour (ASVS 2.5.1 asks for a short life). */
  PASSWORD_RESET(Duration.ofHours(1)),
  /** The first administrator of a new installation sets their password: three days. */
  FIRST_ADMINISTRATOR(Duration.ofDays(3));

  private final Duration life;

  TokenPurpose(Duration life) {
    this.life = life;
  }

  public Duration life() {
    return life;
  }
}
