package org.saferpartnerships.identity;

import java.util.Set;

/**
 * Where a caller's {@link Scope} comes from: the {@code account} context implements it from the
 * organisations an account acts for, so that this package never reads accounts or the registry.
 */
public interface ScopeSource {

  /** The scope of this user holding these roles, in the registry in force today. */
  Scope scopeOf(String username, Set<Role> roles);
}
