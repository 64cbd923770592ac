package org.saferpartnerships.submission;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaName;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.errors.NotFoundException;

/**
 * The force-area questions of accountability: which policing body governs an area today, whether
 * the caller reviews for it, and the force areas a caller's CSPs sit in.
 */
@Stateless
public class ForceAreas {

  @Inject private Clock clock;

  @Inject private org.saferpartnerships.identity.CallerScope caller;

  @jakarta.ejb.EJB private AreaRepository areas;

  @jakarta.ejb.EJB private Registry registry;

  /** The force area of this code; 404 if there is none. */
  public Area forceArea(String code) {
    return areas
        .find(code == null ? "" : code, AreaType.POLICE_FORCE_AREA)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "notFound.forceArea", AreaRepository.normalise(code == null ? "" : code)));
  }

  /** The organisation ids of the policing body (or bodies) governing the area today. */
  public List<Long> bodiesOf(long pfaId) {
    return registry.bodiesGoverning(pfaId, LocalDate.now(clock));
  }

  /** Whether the caller reviews for the policing body governing the area today (or is an admin). */
  public boolean governs(Scope scope, long pfaId) {
    if (scope.has(Role.ADMIN)) {
      return true;
    }
    return scope.has(Role.PCC_REVIEWER)
        && bodiesOf(pfaId).stream().anyMatch(scope.organisationIds()::contains);
  }

  /** The force areas whose policing body the caller reviews for today, by name. */
  public List<AreaName> governedBy(Scope scope) {
    return registry.forceAreasGovernedBy(scope.organisationIds(), LocalDate.now(clock));
  }

  /** Every force area, by name, for national roles' choices. */
  public List<AreaName> all() {
    return registry.forceAreas();
  }

  /** The force areas the caller may choose: national roles all, a reviewer their own. */
  public List<AreaName> choices(Scope scope) {
    return scope.national() ? all() : governedBy(scope);
  }

  /**
   * The policing body the signed-in caller reviews for in this area (an admin: the body governing
   * it), or null.
   */
  public Long callerBodyFor(String pfaCode) {
    Scope scope = caller.get();
    List<Long> bodies = bodiesOf(forceArea(pfaCode).getId());
    return bodies.stream()
        .filter(scope.organisationIds()::contains)
        .findFirst()
        .orElse(scope.has(Role.ADMIN) && !bodies.isEmpty() ? bodies.get(0) : null);
  }

  /** A CSP of a force area the caller reviews for, with the area and the caller's policing body. */
  public record ReviewedCsp(Area csp, long pfaId, long bodyId) {}

  /**
   * The CSP of this code if the signed-in caller reviews for the policing body of its force area
   * (for requests and meetings they make of it); 404 otherwise, and a clear refusal for none given.
   */
  public ReviewedCsp reviewedCsp(String cspCode) {
    if (cspCode == null || cspCode.isBlank()) {
      throw new org.saferpartnerships.platform.errors.ServiceException("accountability.chooseCsp");
    }
    Scope scope = caller.get();
    Area csp =
        areas
            .find(cspCode, AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
            .filter(area -> scope.cspIds().contains(area.getId()))
            .orElseThrow(
                () -> new NotFoundException("notFound.csp", AreaRepository.normalise(cspCode)));
    Long pfaId = registry.forceAreaOf(csp.getId(), LocalDate.now(clock));
    if (pfaId == null || !governs(scope, pfaId)) {
      throw new NotFoundException("notFound.csp", csp.getGssCode());
    }
    long bodyId =
        bodiesOf(pfaId).stream()
            .filter(scope.organisationIds()::contains)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("notFound.csp", csp.getGssCode()));
    return new ReviewedCsp(csp, pfaId, bodyId);
  }

  /** Whether the signed-in caller sees every force area (national roles). */
  public boolean callerSeesAll() {
    return caller.get().national();
  }

  /** {@link #choices} for the signed-in caller. */
  public List<AreaName> choicesOfCaller() {
    return choices(caller.get());
  }

  /** Whether the signed-in caller reviews for the area's policing body (or is an admin). */
  public boolean callerGoverns(String pfaCode) {
    return governs(caller.get(), forceArea(pfaCode).getId());
  }

  /** The force areas the caller's CSPs sit in, in any vintage. */
  public Set<Long> forceAreasOf(Scope scope) {
    return registry.forceAreasEverHolding(scope.cspIds());
  }
}
