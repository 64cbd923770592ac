package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.saferpartnerships.account.AccountService;

/**
 * A signed-in caller with the stamp of their account as it stands, and whether a caller's stamp
 * still matches (one indexed read): the test every session and cached API credential passes on each
 * request, so that a changed password, role or state ends it at once.
 */
@ApplicationScoped
class Stamps {

  @EJB private AccountService accounts;

  SignedInCaller caller(String name, Set<String> groups, String session, boolean enrolOnly) {
    return new SignedInCaller(
        name, groups, accounts.usableStamp(name).orElse(null), session, enrolOnly);
  }

  boolean stillValid(SignedInCaller caller) {
    return caller.stamp() != null
        && accounts.usableStamp(caller.name()).map(caller.stamp()::equals).orElse(false);
  }

  /** The stamp of the account now, for a session that changed the account itself. */
  String current(String name) {
    return accounts.usableStamp(name).orElse(null);
  }
}
