package org.saferpartnerships.web.account;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in to this HTTP session, their groups, and the account's stamp when they signed in
 * (see {@code AccountService.usableStamp}). Kept in the session and handed to the container on
 * every request, because Payara loses the roles of {@code @AutoApplySession} callers on the first
 * page after sign-in (Payara issues 4734 and 6342); honoured only while the stamp still matches
 * and, for a signed-in browser, while its session (the registry's public id) has not been ended.
 * {@code enrolOnly}: the account's roles require two-factor authentication and it has none yet, so
 * the session may open nothing but the page that sets it up.
 */
record SignedInCaller(
    String name, Set<String> groups, String stamp, String session, boolean enrolOnly)
    implements Serializable {

  static final String ATTRIBUTE = "org.saferpartnerships.caller";

  SignedInCaller {
    groups = Set.copyOf(groups);
  }

  /** The same sign-in after a change to the account it made itself (two-factor turned on). */
  SignedInCaller restamped(String newStamp) {
    return new SignedInCaller(name, groups, newStamp, session, false);
  }
}
