package org.saferpartnerships.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The scope of the caller of the current request, computed on first use and kept for the rest of
 * the request. Services inject this rather than computing scope themselves.
 */
@RequestScoped
public class CallerScope {

  @Inject private SecurityContext securityContext;

  @EJB private ScopeSource scopes;

  private Scope scope;

  public Scope get() {
    if (scope == null) {
      Principal caller = securityContext.getCallerPrincipal();
      scope = caller == null ? Scope.none() : scopes.scopeOf(caller.getName(), rolesOfCaller());
    }
    return scope;
  }

  public String username() {
    Principal caller = securityContext.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  private Set<Role> rolesOfCaller() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (securityContext.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }
}
