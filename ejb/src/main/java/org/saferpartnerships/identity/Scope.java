package org.saferpartnerships.identity;

import java.util.Map;
import java.util.Set;
import org.saferpartnerships.platform.persistence.JpqlConditions;

/**
 * What one caller may see, worked out once per request from their roles and the organisations they
 * act for: national roles see every area; a coordinator the CSPs of the partnerships they act for;
 * a PCC reviewer the CSPs of the force area their policing body governs; a partner officer the CSPs
 * their organisation belongs to. Every list query restricts itself through {@link #restrictToCsps}
 * or {@link #restrictToOrganisations}, so the rule lives in one place.
 */
public record Scope(
    String username,
    Set<Role> roles,
    Set<Long> organisationIds,
    Set<Long> cspIds,
    Set<Long> partnershipCspIds,
    boolean national) {

  public Scope {
    roles = Set.copyOf(roles);
    organisationIds = Set.copyOf(organisationIds);
    cspIds = Set.copyOf(cspIds);
    partnershipCspIds = Set.copyOf(partnershipCspIds);
  }

  /** The scope of nobody: anonymous callers and background work see nothing through it. */
  public static Scope none() {
    return new Scope(null, Set.of(), Set.of(), Set.of(), Set.of(), false);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean coversCsp(Long cspId) {
    return national || cspIds.contains(cspId);
  }

  /** Whether personal data may be shown to this caller at all: see {@link PersonalData}. */
  public boolean mayViewPersonalData() {
    return PersonalData.mayViewAny(this);
  }

  /**
   * Whether the caller may read a partnership's own settings (its threshold rules, risk forms and
   * retention): those scoped to that CSP and administrators. National reading roles (Home Office
   * analysts, the data protection officer) are not: the settings are the partnership's business.
   */
  public boolean mayReadSettingsOf(Long cspId) {
    return roles.contains(Role.ADMIN) || cspIds.contains(cspId);
  }

  /** Refuses (as the container refuses a role) unless {@link #mayReadSettingsOf} the CSP. */
  public void checkSettingsOf(Long cspId) {
    if (!mayReadSettingsOf(cspId)) {
      throw new jakarta.ejb.EJBAccessException("not scoped to this partnership");
    }
  }

  /** Adds "the CSP at {@code cspIdPath} is in scope" to a query's conditions. */
  public JpqlConditions restrictToCsps(JpqlConditions where, String cspIdPath) {
    return restrict(where, cspIdPath, cspIds, "scopeCsps");
  }

  /** Adds "the organisation at {@code organisationIdPath} is one the caller acts for". */
  public JpqlConditions restrictToOrganisations(JpqlConditions where, String organisationIdPath) {
    return restrict(where, organisationIdPath, organisationIds, "scopeOrganisations");
  }

  private JpqlConditions restrict(
      JpqlConditions where, String path, Set<Long> ids, String parameter) {
    if (national) {
      return where;
    }
    if (ids.isEmpty()) {
      return where.and("1 = 0", Map.of());
    }
    return where.and(path + " IN :" + parameter, Map.of(parameter, ids));
  }
}
