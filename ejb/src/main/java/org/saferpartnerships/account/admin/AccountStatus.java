package org.saferpartnerships.account.admin;

/**
 * Where an account stands: invited and waiting for its password, usable, locked by failed sign-ins,
 * waiting for a reset an administrator forced, or disabled.
 */
public enum AccountStatus {
  INVITED,
  ACTIVE,
  LOCKED,
  RESET_REQUIRED,
  DISABLED
}
