package org.saferpartnerships.partnership.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.partnership.registry.OrganisationRepository;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The administrator's edits to who belongs to a CSP: add fire and rescue, health, probation, social
 * landlords and other partners (never invented: an administrator names each), change a member's
 * role, or remove it. The law decides who may be a responsible authority (CDA 1998 s5) and which
 * health body serves which country.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MembershipService {

  /** Types that come from the registry itself and cannot be added as members by hand. */
  private static final Set<OrganisationType> NEVER_MEMBERS =
      EnumSet.of(
          OrganisationType.PARTNERSHIP,
          OrganisationType.POLICING_BODY,
          OrganisationType.HOME_OFFICE);

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  @EJB private OrganisationRepository organisations;

  @EJB private AreaRepository areas;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  public long addMember(@NotNull String cspCode, @NotNull @Valid MemberRequest request) {
    Area csp = areas.csp(cspCode);
    Organisation organisation =
        request.organisationId() != null ? existing(request.organisationId()) : create(request);
    if (NEVER_MEMBERS.contains(organisation.getType())) {
      throw new ServiceException("organisation.typeNotAllowed");
    }
    if (isMemberThroughLookup(csp, organisation)) {
      throw new ConflictException("membership.fromLookup", organisation.getName());
    }
    checkAllowed(csp, organisation.getType(), request.role(), organisation.getName());
    boolean already =
        !em.createQuery(
                "SELECT m.id FROM CspMembership m WHERE m.csp = :csp AND m.organisation = :organisation",
                Long.class)
            .setParameter("csp", csp)
            .setParameter("organisation", organisation)
            .getResultList()
            .isEmpty();
    if (already) {
      throw new ConflictException("membership.duplicate", organisation.getName());
    }
    CspMembership membership =
        new CspMembership(csp, organisation, request.role(), clock.instant(), caller.username());
    em.persist(membership);
    em.flush();
    record(AuditAction.CREATE, membership, organisation.getName() + " as " + request.role());
    return membership.getId();
  }

  public void changeRole(long membershipId, @NotNull MemberRole role, long version) {
    CspMembership membership = current(membershipId, version);
    Organisation organisation = membership.getOrganisation();
    checkAllowed(membership.getCsp(), organisation.getType(), role, organisation.getName());
    membership.changeRole(role);
    em.flush();
    record(AuditAction.UPDATE, membership, organisation.getName() + " as " + role);
  }

  public void removeMember(long membershipId, long version) {
    CspMembership membership = current(membershipId, version);
    em.remove(membership);
    record(AuditAction.UPDATE, membership, "removed " + membership.getOrganisation().getName());
  }

  private void record(AuditAction action, CspMembership membership, String detail) {
    audit.record(
        caller.username(),
        action,
        "CSP_MEMBERSHIP",
        String.valueOf(membership.getId()),
        membership.getCsp().getId(),
        detail);
  }

  /** Organisations an administrator may add as members, matching the text, for a picker. */
  public List<Organisation> candidates(String text) {
    Set<OrganisationType> types = EnumSet.allOf(OrganisationType.class);
    types.removeAll(NEVER_MEMBERS);
    return organisations.search(types, text);
  }

  private CspMembership current(long membershipId, long version) {
    CspMembership membership = em.find(CspMembership.class, membershipId);
    if (membership == null) {
      throw new NotFoundException("notFound.membership");
    }
    if (membership.getVersion() != version) {
      throw new ConflictException("stale.membership");
    }
    return membership;
  }

  private void checkAllowed(Area csp, OrganisationType type, MemberRole role, String name) {
    if (role == MemberRole.RESPONSIBLE_AUTHORITY && !type.mayBeResponsibleAuthority()) {
      throw new ServiceException("membership.roleNotAllowed", name);
    }
    if (!type.servesCountry(csp.getCountry())) {
      throw new ServiceException("membership.wrongCountry", name);
    }
  }

  private boolean isMemberThroughLookup(Area csp, Organisation organisation) {
    if (organisation.getArea() == null) {
      return false;
    }
    String jpql =
        switch (organisation.getType()) {
          case COUNCIL -> "SELECT COUNT(m) FROM AreaMapping m WHERE m.csp = :csp AND m.lad = :area";
          case POLICE_FORCE ->
              "SELECT COUNT(p) FROM CspPlacement p WHERE p.csp = :csp AND p.pfa = :area";
          default -> null;
        };
    return jpql != null
        && em.createQuery(jpql, Long.class)
                .setParameter("csp", csp)
                .setParameter("area", organisation.getArea())
                .getSingleResult()
            > 0;
  }

  private Organisation existing(long id) {
    return organisations
        .find(id)
        .orElseThrow(() -> new NotFoundException("notFound.organisation", id));
  }

  private Organisation create(MemberRequest request) {
    if (request.newType() == null || !OrganisationType.ADDED_BY_ADMIN.contains(request.newType())) {
      throw new ServiceException("organisation.typeNotAllowed");
    }
    if (request.newName() == null || request.newName().isBlank()) {
      throw new ServiceException("organisation.nameRequired");
    }
    organisations
        .findByTypeAndName(request.newType(), request.newName())
        .ifPresent(
            found -> {
              throw new ConflictException("organisation.duplicate", found.getName());
            });
    Organisation organisation =
        new Organisation(
            request.newType(),
            request.newName().trim(),
            request.newNameCy(),
            null,
            clock.instant(),
            caller.username());
    em.persist(organisation);
    return organisation;
  }
}
