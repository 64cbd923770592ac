package org.saferpartnerships.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The steps of {@link AuditTamper}, each committed on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditTamperSteps {

  @EJB private TestData data;

  public Map<String, Object> row(long id) {
    return data.auditRow(id);
  }

  public Object[] head() {
    return data.auditHead();
  }

  public void alter(long id, String detail) {
    data.tamperWithAudit(id, detail);
  }

  public void delete(long id) {
    data.deleteAuditRow(id);
  }

  /** The row put back with another detail and a plain SHA-256 recomputed over it. */
  public void reinsertChanged(Map<String, Object> original) {
    data.deleteAuditRow(((Number) original.get("id")).longValue());
    Map<String, Object> forged = new LinkedHashMap<>(original);
    forged.put("detail", "rewritten in SQL");
    forged.put("hash", data.plainHash(forged));
    data.insertAuditRow(forged);
  }

  /** The row (the last) removed and the head moved back to the row before, MAC kept. */
  public void truncate(Map<String, Object> last) {
    data.deleteAuditRow(((Number) last.get("id")).longValue());
    Object[] head = data.auditHead();
    data.setAuditHead(
        data.previousAuditId(((Number) last.get("id")).longValue()),
        last.get("prev_hash"),
        head[2],
        head[3]);
  }

  public void restore(Map<String, Object> original, Object[] head) {
    data.deleteAuditRow(((Number) original.get("id")).longValue());
    data.insertAuditRow(original);
    data.setAuditHead(head[0], head[1], head[2], head[3]);
  }
}
