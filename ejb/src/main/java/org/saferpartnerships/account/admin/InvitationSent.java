package org.saferpartnerships.account.admin;

/**
 * An invitation or reset made: the account, and whether its link went by e-mail. With mail off the
 * link is given here, once, for the person who made it to pass on securely; it is never stored.
 */
public record InvitationSent(long accountId, String username, boolean mailed, String link) {}
