package org.saferpartnerships.account.twofactor;

import java.time.Instant;

/**
 * Where an account stands with two-factor authentication: whether it is on (and since when),
 * whether the account's roles require it, and how many unused recovery codes are left.
 */
public record TwoFactorStatus(
    boolean enabled, Instant enabledAt, boolean required, long recoveryCodesLeft)
    implements java.io.Serializable {}
