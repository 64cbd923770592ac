package org.saferpartnerships.workflow.items;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * Removes what people wrote into work items, for another context's retention: the details, the
 * notes of the history (reasons given with actions) and the attachments. The titles, states, dates
 * and who acted stay, so the history still shows what happened and when. Runs in the caller's
 * transaction; not reachable from the API.
 */
@Stateless
@PermitAll
public class WorkItemRedaction {

  /** Parameters per statement: native query binding slows down with their square. */
  private static final int CHUNK = 200;

  @PersistenceContext private EntityManager em;

  public void redact(Collection<Long> itemIds) {
    List<Long> ids = List.copyOf(itemIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String in = "(" + String.join(",", chunk.stream().map(id -> "?").toList()) + ")";
      run("UPDATE work_item SET details = NULL WHERE id IN " + in, chunk);
      run("UPDATE work_item_event SET note = NULL WHERE work_item_id IN " + in, chunk);
      run("DELETE FROM work_item_attachment WHERE work_item_id IN " + in, chunk);
    }
  }

  private void run(String sql, List<Long> ids) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    query.executeUpdate();
  }
}
