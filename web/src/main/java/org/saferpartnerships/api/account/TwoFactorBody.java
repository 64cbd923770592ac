package org.saferpartnerships.api.account;

/** A code from the authenticator app (to confirm, or for new recovery codes), or the password. */
public record TwoFactorBody(String code, String password) {}
