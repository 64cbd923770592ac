package org.saferpartnerships.account.admin;

import java.time.Instant;
import org.saferpartnerships.account.Account;

/**
 * Where an account stands: invited and waiting for its password, usable, locked by failed sign-ins,
 * waiting for a reset an administrator forced, or disabled.
 */
public enum AccountStatus {
  INVITED,
  ACTIVE,
  LOCKED,
  RESET_REQUIRED,
  DISABLED;

  /** Where the account stands at the moment. */
  public static AccountStatus of(Account account, Instant now) {
    if (!account.isEnabled()) {
      return AccountStatus.DISABLED;
    }
    if (!account.hasPassword()) {
      return account.getPasswordChangedAt() == null
          ? AccountStatus.INVITED
          : AccountStatus.RESET_REQUIRED;
    }
    return account.isLockedAt(now) ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
  }
}
