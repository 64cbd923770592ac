package org.saferpartnerships.api.account;

/**
 * A password chosen or changed: with a one-time link's token, or with the current password; the new
 * one twice.
 */
public record PasswordBody(String token, String current, String password, String repeat) {}
