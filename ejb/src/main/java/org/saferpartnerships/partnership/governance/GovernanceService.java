package org.saferpartnerships.partnership.governance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.partnership.registry.OrganisationRepository;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Changes of governance (DOMAIN.md section 2): PCC functions pass to a mayor, a PFCC or, from 2028,
 * a policing and crime board. An administrator records the transfer once it has happened: the
 * current term of the force area ends the day before, the successor's term starts, and the open
 * work the old body held or sent for the area's CSPs moves to the successor (the workflow engine
 * does that, through {@link PolicingBodyChanged}), its history keeping who held it before.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class GovernanceService {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

  @Inject private Event<PolicingBodyChanged> changed;

  @EJB private AreaRepository areas;

  @EJB private OrganisationRepository organisations;

  public TransferOutcome transfer(@NotNull @Valid GovernanceTransfer request) {
    Area pfa =
        areas
            .find(request.pfaCode(), AreaType.POLICE_FORCE_AREA)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "notFound.forceArea", AreaRepository.normalise(request.pfaCode())));
    LocalDate today = LocalDate.now(clock);
    if (request.effectiveOn().isAfter(today)) {
      throw new ServiceException("governance.future", today);
    }
    List<PolicingBodyTerm> current =
        em.createQuery(
                "SELECT t FROM PolicingBodyTerm t WHERE t.pfa = :pfa AND t.validTo IS NULL",
                PolicingBodyTerm.class)
            .setParameter("pfa", pfa)
            .getResultList();
    if (current.size() != 1) {
      throw new ServiceException("governance.noCurrentBody", pfa.getGssCode());
    }
    PolicingBodyTerm before = current.get(0);
    String name = request.bodyName().strip();
    if (before.getBody().getName().equalsIgnoreCase(name)) {
      throw new ServiceException("governance.sameBody", name);
    }
    if (before.getValidFrom() != null && !request.effectiveOn().isAfter(before.getValidFrom())) {
      throw new ServiceException("governance.beforeCurrent", before.getValidFrom());
    }
    String actor = caller.username();
    Instant now = clock.instant();
    Organisation successor =
        organisations
            .findByTypeAndName(OrganisationType.POLICING_BODY, name)
            .orElseGet(
                () -> {
                  Organisation body =
                      new Organisation(
                          OrganisationType.POLICING_BODY,
                          name,
                          blankToNull(request.bodyNameCy()),
                          null,
                          now,
                          actor);
                  em.persist(body);
                  return body;
                });
    before.endOn(request.effectiveOn().minusDays(1));
    em.persist(
        new PolicingBodyTerm(
            pfa,
            successor,
            request.type(),
            request.effectiveOn(),
            null,
            blankToNull(request.source()) == null
                ? "recorded by " + actor
                : request.source().strip(),
            blankToNull(request.note())));
    em.flush();
    AtomicInteger moved = new AtomicInteger();
    changed.fire(
        new PolicingBodyChanged(
            pfa.getId(),
            before.getBody().getId(),
            before.getBody().getName(),
            successor.getId(),
            successor.getName(),
            request.effectiveOn(),
            actor,
            now,
            moved));
    audit.record(
        actor,
        AuditAction.UPDATE,
        "policing_body_term",
        pfa.getGssCode(),
        null,
        before.getBody().getName()
            + " -> "
            + successor.getName()
            + " from "
            + request.effectiveOn()
            + "; "
            + moved.get()
            + " open items moved");
    return new TransferOutcome(
        pfa.getGssCode(),
        before.getBody().getName(),
        successor.getName(),
        request.effectiveOn(),
        moved.get());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
