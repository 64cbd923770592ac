package org.saferpartnerships.account.twofactor;

/** What an account asks at sign-in besides the password. */
public enum SecondFactor {
  /** Nothing: two-factor is off and the account's roles do not require it. */
  NONE,
  /** A code from the authenticator, or a recovery code. */
  CODE,
  /** The roles require it and it is not set up: the account may do nothing but set it up. */
  ENROL
}
