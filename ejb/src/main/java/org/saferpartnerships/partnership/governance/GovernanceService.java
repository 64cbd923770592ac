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
    PolicingBodyTerm before = currentTerm(pfa, request);
    String actor = caller.username();
    Instant now = clock.instant();
    Organisation successor = body(request, now, actor);
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

  /**
   * The term in force the transfer ends; refused for a day in the future, a force area without one
   * current holder, the same body again, or a day not after the current term began.
   */
  private PolicingBodyTerm currentTerm(Area pfa, GovernanceTransfer request) {
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
    if (before.getBody().getName().equalsIgnoreCase(request.bodyName().strip())) {
      throw new ServiceException("governance.sameBody", request.bodyName().strip());
    }
    if (before.getValidFrom() != null && !request.effectiveOn().isAfter(before.getValidFrom())) {
      throw new ServiceException("governance.beforeCurrent", before.getValidFrom());
    }
    return before;
  }

  /** The policing body taking over, by its name; recorded now if it is new. */
  private Organisation body(GovernanceTransfer request, Instant now, String actor) {
    String name = request.bodyName().strip();
    return organisations
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
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
