package org.saferpartnerships.api.account;

/** A request for a password reset link, by e-mail address. */
public record ResetBody(String email) {}
