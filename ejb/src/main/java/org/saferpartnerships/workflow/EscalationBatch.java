package org.saferpartnerships.workflow;

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
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.partnership.Organisation;

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

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Workflows workflows;

  @EJB private CalendarService calendars;

  @EJB private RoutingService routing;

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
    BusinessCalendar calendar = calendars.calendar();
    Instant now = clock.instant();
    int warned = 0;
    int escalated = 0;
    for (Number id : ids) {
      WorkItem item = em.find(WorkItem.class, id.longValue());
      if (!item.isWarned()) {
        warned += warn(item, today, now);
      } else if (escalate(item, today, calendar, now)) {
        escalated++;
      }
      item.scheduleNextCheck(calendar);
    }
    em.flush();
    return new PassResult(ids.size(), warned, escalated);
  }

  private int warn(WorkItem item, LocalDate today, Instant now) {
    item.markWarned();
    if (today.isAfter(item.getDueOn())) {
      return 0; // already breached: the escalation that follows says more than a warning would
    }
    em.persist(new WorkItemEvent(item, EventType.WARNED, null, item.getState(), null, now, SYSTEM));
    notifier.tellHolders(
        item,
        NotificationKind.DUE_SOON,
        "due-soon:" + item.getId() + ":" + item.getDueOn(),
        null,
        now);
    return 1;
  }

  private boolean escalate(WorkItem item, LocalDate today, BusinessCalendar calendar, Instant now) {
    Optional<EscalationStep> next = item.getSlaPolicy().stepAfter(item.getEscalationLevel());
    if (next.isEmpty()) {
      return false;
    }
    EscalationStep step = next.get();
    if (SlaTerms.escalationOn(item.getDueOn(), step.getAfterDays(), calendar).isAfter(today)) {
      return false;
    }
    Organisation target =
        step.getTarget() == EscalationTarget.HOLDER_ORGANISATION
            ? item.getOrganisation()
            : em.find(Organisation.class, routing.partnershipOf(item.getCsp().getId()));
    String from = item.getState();
    Workflow workflow = workflows.of(item.getItemType());
    item.moveTo(target, step.getQueue());
    item.changeState(workflow.initialState(), false, now);
    item.escalated(step.getStepNo());
    item.touch(now);
    em.persist(new WorkItemEvent(item, EventType.ESCALATED, null, from, null, now, SYSTEM));
    notifier.tellHolders(
        item,
        NotificationKind.ESCALATED,
        "escalated:" + item.getId() + ":" + step.getStepNo(),
        String.valueOf(step.getStepNo()),
        now);
    return true;
  }
}
