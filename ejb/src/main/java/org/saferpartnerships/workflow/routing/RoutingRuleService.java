package org.saferpartnerships.workflow.routing;

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
import java.time.Instant;
import java.util.List;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.engine.Destination;
import org.saferpartnerships.workflow.engine.Workflows;

/**
 * Administrators keep the routing rules: add one, revise it (the active revision is retired and the
 * next added, in one transaction) or retire it. Earlier revisions stay, because routing decisions
 * in items' histories point at them.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class RoutingRuleService {

  private static final String SUMMARY =
      "SELECT NEW org.saferpartnerships.workflow.routing.RoutingRuleSummary(r.id, r.key, r.revision,"
          + " r.description, r.descriptionCy, r.itemType, c.gssCode, c.name, p.gssCode, p.name,"
          + " r.targetBody, r.priority, r.precedence, r.destination, r.organisationId, o.name, r.queue,"
          + " r.active, r.createdAt, r.createdBy, r.retiredAt) FROM RoutingRule r"
          + " LEFT JOIN Area c ON c.id = r.cspId LEFT JOIN Area p ON p.id = r.pfaId"
          + " LEFT JOIN Organisation o ON o.id = r.organisationId";

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private Workflows workflows;

  @EJB private AreaRepository areas;

  /** The rules that route today, in the order they are tried. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.CSP_COORDINATOR})
  public List<RoutingRuleSummary> active() {
    return em.createQuery(
            SUMMARY + " WHERE r.active = TRUE ORDER BY r.precedence, r.key",
            RoutingRuleSummary.class)
        .getResultList();
  }

  /** Every revision of one rule, newest first. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.CSP_COORDINATOR})
  public List<RoutingRuleSummary> revisions(String key) {
    return em.createQuery(
            SUMMARY + " WHERE r.key = :key ORDER BY r.revision DESC", RoutingRuleSummary.class)
        .setParameter("key", key)
        .getResultList();
  }

  public long add(@NotNull @Valid RoutingRuleDefinition definition) {
    boolean taken =
        !em.createQuery("SELECT r.id FROM RoutingRule r WHERE r.key = :key", Long.class)
            .setParameter("key", definition.key())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ConflictException("routingRule.duplicateKey", definition.key());
    }
    long id = persist(definition, 1, clock.instant());
    record(AuditAction.CREATE, definition.key(), "revision 1");
    return id;
  }

  public long revise(@NotNull String key, @NotNull @Valid RoutingRuleDefinition definition) {
    RoutingRule current = activeRule(key);
    Instant now = clock.instant();
    current.retire(now, caller.username());
    em.flush();
    RoutingRuleDefinition same =
        new RoutingRuleDefinition(
            key,
            definition.description(),
            definition.descriptionCy(),
            definition.itemType(),
            definition.cspCode(),
            definition.pfaCode(),
            definition.targetBody(),
            definition.priority(),
            definition.precedence(),
            definition.destination(),
            definition.organisationId(),
            definition.queue());
    long id = persist(same, current.getRevision() + 1, now);
    record(AuditAction.UPDATE, key, "revision " + (current.getRevision() + 1));
    return id;
  }

  public void retire(@NotNull String key) {
    activeRule(key).retire(clock.instant(), caller.username());
    record(AuditAction.UPDATE, key, "retired");
  }

  private void record(AuditAction action, String key, String detail) {
    audit.record(caller.username(), action, "ROUTING_RULE", key, null, detail);
  }

  private RoutingRule activeRule(String key) {
    RoutingRule rule =
        em.createQuery(
                "SELECT r FROM RoutingRule r WHERE r.key = :key AND r.active = TRUE",
                RoutingRule.class)
            .setParameter("key", key)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("notFound.routingRule", key));
    em.lock(rule, LockModeType.PESSIMISTIC_WRITE);
    if (!rule.isActive()) {
      throw new ConflictException("notFound.routingRule", key);
    }
    return rule;
  }

  private long persist(RoutingRuleDefinition definition, int revision, Instant now) {
    if (definition.itemType() != null && workflows.find(definition.itemType()).isEmpty()) {
      throw new ServiceException("routingRule.unknownType", definition.itemType());
    }
    if (definition.destination() == Destination.ORGANISATION) {
      if (definition.organisationId() == null
          || em.find(Organisation.class, definition.organisationId()) == null) {
        throw new ServiceException("routingRule.organisationRequired");
      }
    } else if (definition.organisationId() != null) {
      throw new ServiceException("routingRule.organisationNotAllowed");
    }
    Long csp = areaId(definition.cspCode(), AreaType.COMMUNITY_SAFETY_PARTNERSHIP, "notFound.csp");
    Long pfa = areaId(definition.pfaCode(), AreaType.POLICE_FORCE_AREA, "notFound.forceArea");
    RoutingRule rule = new RoutingRule(definition, csp, pfa, revision, now, caller.username());
    em.persist(rule);
    em.flush();
    return rule.getId();
  }

  private Long areaId(String code, AreaType type, String notFound) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return areas
        .find(code, type)
        .orElseThrow(() -> new NotFoundException(notFound, AreaRepository.normalise(code)))
        .getId();
  }
}
