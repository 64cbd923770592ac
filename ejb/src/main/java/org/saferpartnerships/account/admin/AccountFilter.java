package org.saferpartnerships.account.admin;

/** What the list of accounts is narrowed to: text in the name or e-mail, a status, a role. */
public record AccountFilter(
    String text, AccountStatus status, org.saferpartnerships.identity.Role role) {}
