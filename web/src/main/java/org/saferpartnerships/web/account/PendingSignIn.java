package org.saferpartnerships.web.account;

import java.io.Serializable;
import java.util.Set;

/**
 * A sign-in whose password was right and which waits for a two-factor code, kept in the session for
 * five minutes; nobody is signed in until the code is right.
 */
record PendingSignIn(String name, Set<String> groups, long deadlineMillis) implements Serializable {

  static final String ATTRIBUTE = "org.saferpartnerships.pendingSignIn";

  static final long LIFE_MILLIS = 5 * 60 * 1000L;

  PendingSignIn {
    groups = Set.copyOf(groups);
  }

  boolean expired() {
    return System.currentTimeMillis() > deadlineMillis;
  }
}
