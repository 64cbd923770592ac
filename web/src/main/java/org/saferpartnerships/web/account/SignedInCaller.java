package org.saferpartnerships.web.account;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in to this HTTP session, their groups, and the account's stamp when they signed in
 * (see {@code AccountService.usableStamp}). Kept in the session and handed to the container on
 * every request, because Payara loses the roles of {@code @AutoApplySession} callers on the first
 * page after sign-in (Payara issues 4734 and 6342); honoured only while the stamp still matches
 * and, for a signed-in browser, while its session (the registry's public id) has not been ended.
 */
record SignedInCaller(String name, Set<String> groups, String stamp, String session)
    implements Serializable {

  static final String ATTRIBUTE = "org.saferpartnerships.caller";

  SignedInCaller {
    groups = Set.copyOf(groups);
  }
}
