package org.saferpartnerships.workflow.items;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.documents.AttachmentUpload;
import org.saferpartnerships.workflow.documents.DocumentRules;
import org.saferpartnerships.workflow.documents.WorkItemAttachment;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Effect;
import org.saferpartnerships.workflow.engine.EventType;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Transition;
import org.saferpartnerships.workflow.engine.TransitionRules;
import org.saferpartnerships.workflow.engine.Workflow;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.notify.NotificationKind;
import org.saferpartnerships.workflow.notify.Notifier;
import org.saferpartnerships.workflow.routing.RouteRequest;
import org.saferpartnerships.workflow.routing.RoutingDecision;
import org.saferpartnerships.workflow.routing.RoutingRule;
import org.saferpartnerships.workflow.routing.RoutingService;
import org.saferpartnerships.workflow.sla.BusinessCalendar;
import org.saferpartnerships.workflow.sla.CalendarService;
import org.saferpartnerships.workflow.sla.SlaPolicyService;

/**
 * The use cases on work items: open one (it is routed at once), and take an action on it through
 * its workflow's table. Every call is one transaction; a refused action changes nothing. Two people
 * acting on the same item at once: the second is told the item changed (version check, then the
 * optimistic lock at flush for a truly simultaneous write).
 */
@Stateless
@RolesAllowed({Role.Names.CSP_COORDINATOR, Role.Names.PARTNER_OFFICER, Role.Names.PCC_REVIEWER})
public class WorkItemService {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private Workflows workflows;

  @EJB private RoutingService routing;

  @EJB private Registry registry;

  @EJB private CalendarService calendars;

  @EJB private SlaPolicyService policies;

  @EJB private Notifier notifier;

  @EJB private AreaRepository areas;

  @Inject private Event<WorkItemActed> acted;

  @EJB private AuditLog audit;

  /** The audit log's name for work items (their references, WI-n, are the subject's). */
  public static final String SUBJECT = "WORK_ITEM";

  /** Opens and routes an item for a CSP in the caller's scope; returns its id. */
  public long open(@NotNull @Valid OpenRequest request) {
    return openFor(request, false);
  }

  /**
   * Opens a consultation's follow-up: as {@link #open}, but a Home Office analyst's national scope
   * covers every CSP (their consultations' follow-ups may go to any partnership's partner).
   */
  @RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER})
  public long openFollowUp(@NotNull @Valid OpenRequest request) {
    return openFor(request, true);
  }

  /**
   * Opens an item a member of the public started (a victim's request for review of their case
   * review): it is sent by the CSP's partnership itself and recorded as the public's. Only a
   * context's own service calls it, after its own checks that the person may ask; no page or
   * resource does.
   */
  @PermitAll
  public long openForPublic(@NotNull @Valid OpenRequest request) {
    Area csp = cspOf(request);
    return openAs(request, csp, registry.partnershipOf(csp.getId()), AuditLog.PUBLIC);
  }

  private long openFor(OpenRequest request, boolean national) {
    Scope scope = caller.get();
    Area csp = cspOf(request);
    if (!(national ? scope.coversCsp(csp.getId()) : scope.cspIds().contains(csp.getId()))) {
      throw new NotFoundException("notFound.csp", csp.getGssCode());
    }
    return openAs(request, csp, senderFor(scope, csp), scope.username());
  }

  private Area cspOf(OpenRequest request) {
    return areas
        .find(request.cspCode(), AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
        .orElseThrow(
            () ->
                new NotFoundException("notFound.csp", AreaRepository.normalise(request.cspCode())));
  }

  private long openAs(OpenRequest request, Area csp, long senderId, String actor) {
    Workflow workflow = workflows.of(request.itemType());
    Organisation sender = em.find(Organisation.class, senderId);
    Instant now = clock.instant();
    WorkItem item =
        new WorkItem(
            workflow, request, csp, sender, policies.current(workflow.slaPolicyCode()), now, actor);
    BusinessCalendar calendar = calendars.calendar();
    LocalDate today = LocalDate.now(clock);
    if (request.dueOn() != null && !request.dueOn().isAfter(today)) {
      throw new ServiceException("workItem.dueOn.past", today);
    }
    item.startClock(today, request.dueOn(), calendar);
    RoutingDecision decision = decide(item);
    item.routeTo(
        em.find(Organisation.class, decision.organisationId()), decision.queue(), rule(decision));
    item.scheduleNextCheck(calendar);
    em.persist(item);
    em.flush();
    em.persist(
        new WorkItemEvent(item, EventType.OPENED, null, null, item.getDetails(), now, actor));
    em.flush();
    em.persist(
        new WorkItemEvent(item, EventType.ROUTED, null, null, null, now, actor)
            .withRule(item.getRoutingRuleOrNull()));
    notifier.tellHolders(
        item, NotificationKind.ROUTED, "routed:" + item.getId() + ":0", item.getTitle(), now);
    audit.record(
        actor == null ? AuditLog.SYSTEM : actor,
        AuditAction.CREATE,
        SUBJECT,
        item.reference(),
        csp.getId(),
        request.itemType());
    return item.getId();
  }

  /**
   * Takes an action on an item; refused with a reason, changing nothing, if the table forbids it.
   */
  public void act(long id, @NotNull String action, @NotNull @Valid ActionInput input) {
    Scope scope = caller.get();
    WorkItem item = visible(id, scope);
    if (input.version() != null && input.version() != item.getVersion()) {
      throw new ConflictException("stale.workItem", item.reference());
    }
    Workflow workflow = workflows.of(item.getItemType());
    Set<Party> parties = partiesOf(scope, item);
    Transition row = TransitionRules.authorise(workflow, item.facts(), parties, action, input);
    if (Actions.ATTACH.equals(action)) {
      throw new ServiceException("workflow.attachNeedsFile");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    BusinessCalendar calendar = calendars.calendar();
    String from = item.getState();
    String note = note(input);
    EventType type = applyEffects(item, row, input, scope, today, calendar);
    if (Actions.NOTE.equals(action)) {
      if (input.noteText() == null) {
        throw new ServiceException("workflow.noteRequired");
      }
      type = EventType.NOTE;
    }
    item.changeState(row.to(), workflow.isFinal(row.to()), now);
    item.scheduleNextCheck(calendar);
    item.touch(now);
    flush(item);
    WorkItemEvent event = new WorkItemEvent(item, type, action, from, note, now, scope.username());
    if (type == EventType.ROUTED) {
      event.withRule(item.getRoutingRuleOrNull());
    }
    em.persist(event);
    em.flush();
    record(AuditAction.UPDATE, item, action);
    tellAbout(item, row, event, now);
    acted.fire(
        new WorkItemActed(
            item.getId(),
            item.getItemType(),
            item.getSubjectRef(),
            action,
            from,
            row.to(),
            input.reasonText(),
            input.noteText(),
            scope.username(),
            now));
  }

  /** What the history records of an action: its reason, its note, or both. */
  private static String note(ActionInput input) {
    if (input.reasonText() != null && input.noteText() != null) {
      return input.reasonText() + "\n\n" + input.noteText();
    }
    return input.reasonText() != null ? input.reasonText() : input.noteText();
  }

  /** Applies the effects of the transition row; returns the kind of event it makes. */
  private EventType applyEffects(
      WorkItem item,
      Transition row,
      ActionInput input,
      Scope scope,
      LocalDate today,
      BusinessCalendar calendar) {
    EventType type = EventType.ACTION;
    for (Effect effect : row.effects()) {
      switch (effect) {
        case ASSIGN_CALLER -> item.assign(account(scope.username()));
        case ASSIGN_CHOSEN -> item.assign(colleague(item, input.assigneeId()));
        case UNASSIGN -> item.assign(null);
        case SEND_BACK -> item.moveTo(item.getSender(), RoutingService.RETURNS_QUEUE);
        case REROUTE -> {
          RoutingDecision decision = decide(item);
          item.routeTo(
              em.find(Organisation.class, decision.organisationId()),
              decision.queue(),
              rule(decision));
          type = EventType.ROUTED;
        }
        case PAUSE_CLOCK -> {
          item.pause(today, input.reasonText());
          type = EventType.PAUSED;
        }
        case RESUME_CLOCK -> {
          item.resume(today, calendar);
          type = EventType.RESUMED;
        }
      }
    }
    return type;
  }

  /** Attaches a checked document to an item the caller may attach to. */
  public long attach(long id, @NotNull AttachmentUpload upload) {
    Scope scope = caller.get();
    WorkItem item = visible(id, scope);
    Workflow workflow = workflows.of(item.getItemType());
    TransitionRules.authorise(
        workflow, item.facts(), partiesOf(scope, item), Actions.ATTACH, ActionInput.of(null));
    String type = DocumentRules.check(upload, DocumentRules.Use.WORK_ITEM);
    Instant now = clock.instant();
    WorkItemAttachment attachment =
        new WorkItemAttachment(
            item,
            upload.safeFileName(),
            type,
            upload.content(),
            upload.sha256(),
            now,
            scope.username());
    em.persist(attachment);
    item.touch(now);
    flush(item);
    em.persist(
        new WorkItemEvent(
            item,
            EventType.ATTACHMENT,
            Actions.ATTACH,
            item.getState(),
            upload.safeFileName(),
            now,
            scope.username()));
    em.flush();
    record(AuditAction.UPDATE, item, "attach " + attachment.getId());
    return attachment.getId();
  }

  /** An attachment's bytes, for a caller who may see the item. */
  public AttachmentUpload attachment(long id, long attachmentId) {
    WorkItem item = visible(id, caller.get());
    WorkItemAttachment attachment = em.find(WorkItemAttachment.class, attachmentId);
    if (attachment == null || !attachment.getItem().getId().equals(item.getId())) {
      throw new NotFoundException("notFound.attachment");
    }
    record(AuditAction.VIEW, item, "attachment " + attachmentId);
    return new AttachmentUpload(
        attachment.getFileName(), attachment.getContentType(), attachment.getContent());
  }

  /** Writes the audit line of a view or change of an item, which may carry personal data. */
  void record(AuditAction action, WorkItem item, String detail) {
    String actor = caller.username() == null ? AuditLog.SYSTEM : caller.username();
    audit.record(actor, action, SUBJECT, item.reference(), item.getCsp().getId(), detail);
  }

  private void tellAbout(WorkItem item, Transition row, WorkItemEvent event, Instant now) {
    String key = event.getType().name().toLowerCase() + ":" + item.getId() + ":" + event.getId();
    if (row.effects().contains(Effect.ASSIGN_CHOSEN) && item.getAssignee() != null) {
      notifier.tellUser(
          item.getAssignee().getId(), item, NotificationKind.ASSIGNED, key, item.getTitle(), now);
    } else if (row.effects().contains(Effect.SEND_BACK)) {
      notifier.tellOrganisation(
          item.getSender().getId(), item, NotificationKind.RETURNED, key, event.getNote(), now);
    } else if (row.effects().contains(Effect.REROUTE)) {
      notifier.tellHolders(item, NotificationKind.ROUTED, key, item.getTitle(), now);
    }
  }

  private void flush(WorkItem item) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.workItem", item.reference());
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException
          || e.getClass().getSimpleName().contains("OptimisticLock")) {
        throw new ConflictException("stale.workItem", item.reference());
      }
      throw e;
    }
  }

  private RoutingDecision decide(WorkItem item) {
    long cspId = item.getCsp().getId();
    return routing.route(
        new RouteRequest(
            item.getItemType(),
            cspId,
            registry.forceAreaOf(cspId, LocalDate.now(clock)),
            item.getTargetBody(),
            item.getPriority(),
            item.getAddresseeId()));
  }

  private RoutingRule rule(RoutingDecision decision) {
    return decision.ruleId() == null ? null : em.find(RoutingRule.class, decision.ruleId());
  }

  WorkItem visible(long id, Scope scope) {
    WorkItem item = em.find(WorkItem.class, id);
    if (item == null || !WorkItemAccess.mayView(scope, item)) {
      throw new NotFoundException("notFound.workItem", WorkItem.reference(id));
    }
    return item;
  }

  private static Set<Party> partiesOf(Scope scope, WorkItem item) {
    return WorkItemAccess.parties(
        scope,
        item.getOrganisation().getId(),
        item.getSender().getId(),
        item.getCsp().getId(),
        item.getAssignee() == null ? null : item.getAssignee().getUsername());
  }

  private long senderFor(Scope scope, Area csp) {
    if (scope.organisationIds().isEmpty()) {
      throw new ServiceException("workItem.noOrganisation");
    }
    long partnership = registry.partnershipOf(csp.getId());
    if (scope.organisationIds().contains(partnership)) {
      return partnership;
    }
    return scope.organisationIds().stream().sorted().findFirst().orElseThrow();
  }

  private Account account(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  private Account colleague(WorkItem item, Long accountId) {
    Account account = accountId == null ? null : em.find(Account.class, accountId);
    boolean inOrganisation =
        account != null
            && account.isEnabled()
            && !em.createQuery(
                    "SELECT a.id FROM Account a JOIN a.organisations o WHERE a.id = :id AND o.id = :org",
                    Long.class)
                .setParameter("id", accountId)
                .setParameter("org", item.getOrganisation().getId())
                .getResultList()
                .isEmpty();
    if (!inOrganisation) {
      throw new ServiceException("workflow.assigneeNotInOrganisation");
    }
    return account;
  }
}
