package org.saferpartnerships.workflow.routing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.governance.PolicingBodyChanged;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.EventType;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.items.WorkItem;
import org.saferpartnerships.workflow.items.WorkItemActed;
import org.saferpartnerships.workflow.items.WorkItemEvent;
import org.saferpartnerships.workflow.notify.NotificationKind;
import org.saferpartnerships.workflow.notify.Notifier;

/**
 * Hands a policing body's open work over to its successor when PCC functions pass (a mayor, a
 * board): items it holds for the force area's CSPs move to the successor's queue of the same name,
 * unassigned and back to waiting (its reviewers work for the old body), and items it sent
 * (requests, recommendations) are from then on the successor's. Each item's history records the
 * hand-over, and the earlier lines keep who held it before.
 */
@Stateless
public class GovernanceHandover {

  @PersistenceContext private EntityManager em;

  @EJB private Notifier notifier;

  @EJB private Registry registry;

  @jakarta.inject.Inject private Workflows workflows;

  @jakarta.inject.Inject private jakarta.enterprise.event.Event<WorkItemActed> acted;

  public void onChange(@Observes PolicingBodyChanged change) {
    Organisation successor = em.find(Organisation.class, change.toBodyId());
    String note =
        "PCC functions passed from "
            + change.fromName()
            + " to "
            + change.toName()
            + " on "
            + change.effectiveOn();
    Set<Long> inArea = registry.cspsEverIn(change.pfaId());
    List<WorkItem> held =
        items("w.organisation.id = :body AND w.active = TRUE", change.fromBodyId(), inArea);
    List<WorkItemActed> released = new ArrayList<>();
    for (WorkItem item : held) {
      release(item, change).ifPresent(released::add);
      item.moveTo(successor, item.getQueue());
      if (item.getSender().getId() == change.fromBodyId()) {
        item.sentBy(successor);
      }
      item.touch(change.at());
      em.persist(
          new WorkItemEvent(
              item, EventType.ROUTED, null, item.getState(), note, change.at(), change.actor()));
    }
    List<WorkItem> sent =
        items(
            "w.sender.id = :body AND w.organisation.id <> :body AND w.active = TRUE",
            change.fromBodyId(),
            inArea);
    for (WorkItem item : sent) {
      item.sentBy(successor);
      item.touch(change.at());
      em.persist(
          new WorkItemEvent(
              item, EventType.NOTE, null, item.getState(), note, change.at(), change.actor()));
    }
    em.flush();
    for (WorkItem item : held) {
      notifier.tellHolders(
          item,
          NotificationKind.ROUTED,
          "handover:" + item.getId() + ":" + change.toBodyId(),
          item.getTitle(),
          change.at());
    }
    released.forEach(acted::fire);
    change.moved().addAndGet(held.size() + sent.size());
  }

  /** The body's work items in the force area's CSPs that meet the condition. */
  private List<WorkItem> items(String condition, long bodyId, Set<Long> csps) {
    if (csps.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT w FROM WorkItem w WHERE " + condition + " AND w.csp.id IN :csps",
            WorkItem.class)
        .setParameter("body", bodyId)
        .setParameter("csps", csps)
        .getResultList();
  }

  /** A claimed item goes back to waiting: the successor's staff claim it afresh. */
  private Optional<WorkItemActed> release(WorkItem item, PolicingBodyChanged change) {
    String from = item.getState();
    return workflows
        .of(item.getItemType())
        .find(from, Actions.RELEASE)
        .map(
            row -> {
              item.changeState(row.to(), false, change.at());
              return new WorkItemActed(
                  item.getId(),
                  item.getItemType(),
                  item.getSubjectRef(),
                  Actions.RELEASE,
                  from,
                  row.to(),
                  null,
                  null,
                  change.actor(),
                  change.at());
            });
  }
}
