package org.saferpartnerships.workflow.sla;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.persistence.BulkInsert;
import org.saferpartnerships.workflow.engine.EventType;
import org.saferpartnerships.workflow.engine.Workflow;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.items.WorkItem;
import org.saferpartnerships.workflow.items.WorkItemEvent;
import org.saferpartnerships.workflow.notify.NotificationKind;
import org.saferpartnerships.workflow.notify.Notifier;

/**
 * One batch of the scheduler's pass, in its own transaction: claims up to {@code limit} items due
 * for a check with {@code SELECT … FOR UPDATE SKIP LOCKED} (another instance running the same pass
 * skips them and takes the next), warns or escalates each, and moves its next check on. The lock
 * and the change commit together, so a warning or escalation step happens once whatever the number
 * of instances; the notification's unique key guards the notices besides.
 */
@Stateless
public class EscalationBatch {

  public static final String SYSTEM = "system";

  /** EclipseLink's batch-reading hints: a relationship of all claimed items in one query. */
  private static final String BATCH = "eclipselink.batch";

  private static final String BATCH_TYPE = "eclipselink.batch.type";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Workflows workflows;

  @EJB private CalendarService calendars;

  @EJB private Registry registry;

  @EJB private Notifier notifier;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PassResult process(int limit) {
    LocalDate today = LocalDate.now(clock);
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM work_item WHERE active = TRUE AND next_check_on <= ?"
                    + " ORDER BY next_check_on, id LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, today)
            .setParameter(2, limit)
            .getResultList();
    if (ids.isEmpty()) {
      return PassResult.NONE;
    }
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    List<WorkItem> items =
        em.createQuery(
                "SELECT w FROM WorkItem w WHERE w.id IN :ids ORDER BY w.nextCheckOn, w.id",
                WorkItem.class)
            .setParameter("ids", claimed)
            .setHint(BATCH, "w.organisation")
            .setHint(BATCH, "w.assignee")
            .setHint(BATCH, "w.slaPolicy")
            .setHint(BATCH, "w.csp")
            .setHint(BATCH_TYPE, "IN")
            .getResultList();
    Pass pass = new Pass(today, clock.instant(), calendars.calendar());
    int warned = 0;
    int escalated = 0;
    for (WorkItem item : items) {
      if (!item.isWarned()) {
        warned += warn(item, pass);
      } else if (escalate(item, pass)) {
        escalated++;
      }
      item.scheduleNextCheck(pass.calendar);
    }
    em.flush();
    pass.events.executeIn(em);
    notifier.send(pass.notices, pass.now);
    return new PassResult(ids.size(), warned, escalated);
  }

  private int warn(WorkItem item, Pass pass) {
    item.markWarned();
    if (pass.today.isAfter(item.getDueOn())) {
      return 0; // already breached: the escalation that follows says more than a warning would
    }
    WorkItemEvent.addRow(pass.events, item, EventType.WARNED, item.getState(), pass.now, SYSTEM);
    pass.notices.add(
        Notifier.Notice.toHolders(
            item,
            NotificationKind.DUE_SOON,
            "due-soon:" + item.getId() + ":" + item.getDueOn(),
            null));
    return 1;
  }

  private boolean escalate(WorkItem item, Pass pass) {
    Optional<EscalationStep> next = item.getSlaPolicy().stepAfter(item.getEscalationLevel());
    if (next.isEmpty()) {
      return false;
    }
    EscalationStep step = next.get();
    if (SlaTerms.escalationOn(item.getDueOn(), step.getAfterDays(), pass.calendar)
        .isAfter(pass.today)) {
      return false;
    }
    Organisation target =
        step.getTarget() == EscalationTarget.HOLDER_ORGANISATION
            ? item.getOrganisation()
            : pass.partnerships.computeIfAbsent(
                item.getCsp().getId(),
                csp -> em.find(Organisation.class, registry.partnershipOf(csp)));
    String from = item.getState();
    Workflow workflow = workflows.of(item.getItemType());
    item.moveTo(target, step.getQueue());
    item.changeState(workflow.initialState(), false, pass.now);
    item.escalated(step.getStepNo());
    item.touch(pass.now);
    WorkItemEvent.addRow(pass.events, item, EventType.ESCALATED, from, pass.now, SYSTEM);
    pass.notices.add(
        Notifier.Notice.toHolders(
            item,
            NotificationKind.ESCALATED,
            "escalated:" + item.getId() + ":" + step.getStepNo(),
            String.valueOf(step.getStepNo())));
    return true;
  }

  /** What the items of one batch share: the day, the calendar, the history and notices to write. */
  private static final class Pass {
    final LocalDate today;
    final Instant now;
    final BusinessCalendar calendar;
    final BulkInsert events = WorkItemEvent.newRows();
    final List<Notifier.Notice> notices = new ArrayList<>();
    final Map<Long, Organisation> partnerships = new HashMap<>();

    Pass(LocalDate today, Instant now, BusinessCalendar calendar) {
      this.today = today;
      this.now = now;
      this.calendar = calendar;
    }
  }
}
