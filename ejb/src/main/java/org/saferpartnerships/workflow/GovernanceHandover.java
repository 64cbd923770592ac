package org.saferpartnerships.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.saferpartnerships.partnership.Organisation;
import org.saferpartnerships.partnership.PolicingBodyChanged;

/**
 * Hands a policing body's open work over to its successor when PCC functions pass (a mayor, a
 * board): items it holds for the force area's CSPs move to the successor's queue of the same name,
 * unassigned (its reviewers work for the old body), and items it sent (requests, recommendations)
 * are from then on the successor's. Each item's history records the hand-over, and the earlier
 * lines keep who held it before.
 */
@Stateless
public class GovernanceHandover {

  @PersistenceContext private EntityManager em;

  @EJB private Notifier notifier;

  public void onChange(@Observes PolicingBodyChanged change) {
    Organisation successor = em.find(Organisation.class, change.toBodyId());
    String note =
        "PCC functions passed from "
            + change.fromName()
            + " to "
            + change.toName()
            + " on "
            + change.effectiveOn();
    String inArea =
        " AND w.active = TRUE AND w.csp.id IN"
            + " (SELECT p.csp.id FROM CspPlacement p WHERE p.pfa.id = :pfa)";
    List<WorkItem> held =
        em.createQuery(
                "SELECT w FROM WorkItem w WHERE w.organisation.id = :body" + inArea, WorkItem.class)
            .setParameter("body", change.fromBodyId())
            .setParameter("pfa", change.pfaId())
            .getResultList();
    for (WorkItem item : held) {
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
        em.createQuery(
                "SELECT w FROM WorkItem w WHERE w.sender.id = :body AND w.organisation.id <> :body"
                    + inArea,
                WorkItem.class)
            .setParameter("body", change.fromBodyId())
            .setParameter("pfa", change.pfaId())
            .getResultList();
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
    change.moved().addAndGet(held.size() + sent.size());
  }
}
