package org.saferpartnerships.workflow.items;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.workflow.documents.AttachmentSummary;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.Transition;
import org.saferpartnerships.workflow.engine.TransitionRules;
import org.saferpartnerships.workflow.engine.Workflow;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.sla.SlaState;

/**
 * Reads over work items, always through the caller's scope ({@link WorkItemAccess}): inboxes paged,
 * filtered and sorted in SQL, each filter served by an index ending in the due date; an item's page
 * with its history; the caller's notifications. An item the caller may not see is absent, not
 * forbidden.
 */
@Stateless
public class WorkItemRepository {

  private static final Map<String, String> SORTS =
      Map.of(
          "due", "w.dueOn",
          "dueOn", "w.dueOn",
          "title", "w.title",
          "state", "w.state",
          "priority", "w.priority",
          "type", "w.itemType",
          "itemType", "w.itemType",
          "updated", "w.updatedAt",
          "id", "w.id");

  /**
   * The joins every inbox condition may use (c for the CSP filter, a for "assigned to me"): the
   * rows and their count read from the same ones, or the count fails on an alias it lacks.
   */
  private static final String FROM =
      " FROM WorkItem w JOIN w.csp c JOIN w.organisation o LEFT JOIN w.assignee a";

  private static final String SUMMARY =
      "SELECT NEW org.saferpartnerships.workflow.items.WorkItemSummary(w.id, w.itemType, w.title,"
          + " c.gssCode, c.name, c.nameCy, o.name, o.nameCy, w.queue, a.displayName, w.state,"
          + " w.priority, w.dueOn, w.warnOn, w.pausedOn, w.active, w.escalationLevel, w.version)"
          + FROM;

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private Workflows workflows;

  @jakarta.ejb.EJB private org.saferpartnerships.audit.AuditLog audit;

  public Page<WorkItemSummary> inbox(InboxFilter filter, PageRequest page) {
    Scope scope = caller.get();
    LocalDate today = LocalDate.now(clock);
    JpqlConditions where = conditions(scope, filter, today);
    String order = SORTS.getOrDefault(page.sort() == null ? "due" : page.sort(), "w.dueOn");
    String direction = page.descending() ? " DESC" : " ASC";
    List<WorkItemSummary> items =
        where
            .bind(
                em.createQuery(
                    SUMMARY
                        + where.where()
                        + " ORDER BY "
                        + order
                        + direction
                        + ", w.id"
                        + direction,
                    WorkItemSummary.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(w)" + FROM + where.where(), Long.class))
            .getSingleResult();
    return new Page<>(items.stream().map(item -> item.on(today)).toList(), total);
  }

  private JpqlConditions conditions(Scope scope, InboxFilter filter, LocalDate today) {
    JpqlConditions where = WorkItemAccess.restrict(scope, new JpqlConditions(), "w");
    InboxView view = filter.view() == null ? InboxView.HELD : filter.view();
    Set<Long> orgs = scope.organisationIds().isEmpty() ? Set.of(-1L) : scope.organisationIds();
    switch (view) {
      case HELD -> where.and("w.organisation.id IN :viewOrgs", Map.of("viewOrgs", orgs));
      case SENT -> where.and("w.sender.id IN :viewOrgs", Map.of("viewOrgs", orgs));
      case MINE -> where.and("a.username = :me", Map.of("me", String.valueOf(scope.username())));
      case CSP -> {
        Set<Long> mine = org.saferpartnerships.identity.PersonalData.caseCsps(scope);
        if (!mine.isEmpty()) {
          where.and("w.csp.id IN :viewCsps", Map.of("viewCsps", mine));
        } else {
          where.and("1 = 0", Map.of());
        }
      }
      case ALL -> {
        if (!WorkItemAccess.seesEverything(scope)) {
          where.and("1 = 0", Map.of());
        }
      }
    }
    where.andIf(filter.queue(), "w.queue = :queue", "queue");
    where.andIf(filter.itemType(), "w.itemType = :itemType", "itemType");
    where.andIf(
        filter.cspCode() == null ? null : AreaRepository.normalise(filter.cspCode()),
        "c.gssCode = :cspCode",
        "cspCode");
    where.andIf(filter.state(), "w.state = :state", "state");
    if (filter.assigneeId() != null) {
      if (filter.assigneeId() == InboxFilter.UNASSIGNED) {
        // the alias of the outer join: a path through w.assignee would be an inner join
        where.and("a.id IS NULL", Map.of());
      } else {
        where.and("w.assignee.id = :assignee", Map.of("assignee", filter.assigneeId()));
      }
    }
    SlaState sla = filter.sla();
    if (sla == SlaState.CLOSED) {
      where.and("w.active = FALSE", Map.of());
    } else if (!filter.includeClosed() || sla != null) {
      where.and("w.active = TRUE", Map.of());
    }
    if (sla != null) {
      switch (sla) {
        case BREACHED ->
            where.and("w.pausedOn IS NULL AND w.dueOn < :today", Map.of("today", today));
        case DUE_SOON ->
            where.and(
                "w.pausedOn IS NULL AND w.dueOn >= :today AND w.warnOn <= :today",
                Map.of("today", today));
        case ON_TRACK ->
            where.and("w.pausedOn IS NULL AND w.warnOn > :today", Map.of("today", today));
        case PAUSED -> where.and("w.pausedOn IS NOT NULL", Map.of());
        case CLOSED -> {}
      }
    }
    return where;
  }

  /** Counts for a filter, without the rows (the inbox badge, dashboards). */
  public long count(InboxFilter filter) {
    Scope scope = caller.get();
    JpqlConditions where = conditions(scope, filter, LocalDate.now(clock));
    return where
        .bind(em.createQuery("SELECT COUNT(w)" + FROM + where.where(), Long.class))
        .getSingleResult();
  }

  /** The queues of the caller's organisations that hold open items, for the inbox's filter. */
  public List<String> queues() {
    Scope scope = caller.get();
    Set<Long> orgs = scope.organisationIds().isEmpty() ? Set.of(-1L) : scope.organisationIds();
    return em.createQuery(
            "SELECT DISTINCT w.queue FROM WorkItem w WHERE w.organisation.id IN :orgs AND w.active = TRUE"
                + " ORDER BY w.queue",
            String.class)
        .setParameter("orgs", orgs)
        .getResultList();
  }

  /** The colleagues of the caller's organisations, for the assignee filter. */
  public List<Colleague> colleaguesOfCaller() {
    Scope scope = caller.get();
    Set<Long> orgs = scope.organisationIds().isEmpty() ? Set.of(-1L) : scope.organisationIds();
    return em.createQuery(
            "SELECT DISTINCT NEW org.saferpartnerships.workflow.items.Colleague(a.id, a.displayName)"
                + " FROM Account a JOIN a.organisations o WHERE o.id IN :orgs AND a.enabled = TRUE"
                + " ORDER BY a.displayName",
            Colleague.class)
        .setParameter("orgs", orgs)
        .getResultList();
  }

  /**
   * The state and holder of each of these items, for the context that opened them (a case review
   * lists its requests and recommendations): no titles or details, so no scope is needed.
   */
  public Map<Long, ItemProgress> progressOf(Collection<Long> ids) {
    Map<Long, ItemProgress> progress = new HashMap<>();
    if (ids.isEmpty()) {
      return progress;
    }
    em.createQuery(
            "SELECT NEW org.saferpartnerships.workflow.items.ItemProgress(w.id, w.state, w.active,"
                + " w.dueOn, o.id, o.name, o.nameCy) FROM WorkItem w JOIN w.organisation o"
                + " WHERE w.id IN :ids",
            ItemProgress.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> progress.put(row.id(), row));
    return progress;
  }

  /**
   * Which of these items the caller may open, for a context that lists items it opened (a
   * consultation's follow-ups) and links only those its reader can follow.
   */
  public Set<Long> viewable(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Scope scope = caller.get();
    return em
        .createQuery("SELECT w FROM WorkItem w WHERE w.id IN :ids", WorkItem.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .filter(item -> WorkItemAccess.mayView(scope, item))
        .map(WorkItem::getId)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public Optional<WorkItemDetail> detail(long id) {
    Scope scope = caller.get();
    WorkItem item = em.find(WorkItem.class, id);
    if (item == null || !WorkItemAccess.mayView(scope, item)) {
      return Optional.empty();
    }
    audit.record(
        scope.username() == null ? org.saferpartnerships.audit.AuditLog.SYSTEM : scope.username(),
        AuditAction.VIEW,
        WorkItemService.SUBJECT,
        item.reference(),
        item.getCsp().getId(),
        null);
    LocalDate today = LocalDate.now(clock);
    Workflow workflow = workflows.of(item.getItemType());
    Set<Party> parties =
        WorkItemAccess.parties(
            scope,
            item.getOrganisation().getId(),
            item.getSender().getId(),
            item.getCsp().getId(),
            item.getAssignee() == null ? null : item.getAssignee().getUsername());
    List<Transition> available = TransitionRules.available(workflow, item.facts(), parties);
    List<Colleague> colleagues =
        available.stream().anyMatch(row -> row.requirements().contains(Requirement.ASSIGNEE))
            ? colleagues(item.getOrganisation().getId())
            : List.of();
    return Optional.of(
        WorkItemDetail.of(item, today, available, colleagues, history(id), attachments(id)));
  }

  private List<HistoryLine> history(long id) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.workflow.items.HistoryLine(e.id, e.occurredAt, e.actor,"
                + " who.displayName, e.type, e.action, e.fromState, e.toState, o.name, o.nameCy,"
                + " e.queue, a.displayName, r.key, r.revision, e.escalationLevel, e.dueOn, e.note)"
                + " FROM WorkItemEvent e LEFT JOIN e.organisation o LEFT JOIN e.assignee a"
                + " LEFT JOIN e.rule r LEFT JOIN Account who ON who.username = e.actor"
                + " WHERE e.item.id = :id ORDER BY e.id",
            HistoryLine.class)
        .setParameter("id", id)
        .getResultList();
  }

  private List<AttachmentSummary> attachments(long id) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.workflow.documents.AttachmentSummary(t.id, t.fileName, t.contentType,"
                + " t.sizeBytes, t.uploadedAt, t.uploadedBy) FROM WorkItemAttachment t"
                + " WHERE t.item.id = :id ORDER BY t.id",
            AttachmentSummary.class)
        .setParameter("id", id)
        .getResultList();
  }

  private List<Colleague> colleagues(long organisationId) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.workflow.items.Colleague(a.id, a.displayName) FROM Account a"
                + " JOIN a.organisations o WHERE o.id = :org AND a.enabled = TRUE ORDER BY a.displayName",
            Colleague.class)
        .setParameter("org", organisationId)
        .getResultList();
  }
}
