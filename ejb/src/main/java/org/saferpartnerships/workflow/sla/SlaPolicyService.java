package org.saferpartnerships.workflow.sla;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * SLA policies and their revisions. A revision applies to items opened after it; open items keep
 * the revision they started under (their deadlines were promised under it).
 */
@Stateless
public class SlaPolicyService {

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @PermitAll
  public List<SlaPolicy> currentPolicies() {
    return em.createQuery(
            "SELECT p FROM SlaPolicy p WHERE p.current = TRUE ORDER BY p.code", SlaPolicy.class)
        .getResultList();
  }

  @PermitAll
  public SlaPolicy current(String code) {
    return em.createQuery(
            "SELECT p FROM SlaPolicy p WHERE p.code = :code AND p.current = TRUE", SlaPolicy.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("notFound.slaPolicy", code));
  }

  /** Adds the next revision of a policy and makes it current; returns its id. */
  @RolesAllowed(Role.Names.ADMIN)
  public long revise(@NotNull String code, @NotNull @Valid SlaPolicyRevision change) {
    if (change.warnDays() >= change.dueDays()) {
      throw new ServiceException("slaPolicy.warnBeforeDue");
    }
    SlaPolicy previous = current(code);
    em.lock(previous, LockModeType.PESSIMISTIC_WRITE);
    previous.supersede();
    em.flush();
    SlaPolicy next = new SlaPolicy(previous, change, clock.instant(), caller.username());
    em.persist(next);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        "SLA_POLICY",
        code,
        null,
        "revision "
            + next.getRevision()
            + ": "
            + change.dueDays()
            + " days, warn "
            + change.warnDays());
    return next.getId();
  }
}
