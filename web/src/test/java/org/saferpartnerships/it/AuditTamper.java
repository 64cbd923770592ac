package org.saferpartnerships.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.saferpartnerships.audit.AuditCheck;
import org.saferpartnerships.audit.AuditVerifier;

/**
 * Tampering with the audit log in SQL, the verifier's verdict, and the repair, each step in its own
 * transaction (as an attacker's SQL session and a later check would be). Only in the test
 * deployment.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTamper {

  @EJB private AuditVerifier verifier;

  @EJB private AuditTamperSteps steps;

  public Map<String, Object> tamperAndRestore(long id, String how) {
    Object[] head = steps.head();
    long row = "truncate".equals(how) ? ((Number) head[0]).longValue() : id; // the last, for that
    Map<String, Object> original = steps.row(row);
    switch (how) {
      case "alter" -> steps.alter(row, "tampered with in SQL");
      case "delete" -> steps.delete(row);
      case "reinsert" -> steps.reinsertChanged(original);
      case "truncate" -> steps.truncate(original);
      default -> throw new IllegalArgumentException(how);
    }
    AuditCheck tampered = verifier.verify();
    steps.restore(original, head);
    AuditCheck restored = verifier.verify();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("tamperedIntact", tampered.intact());
    result.put("firstBrokenId", tampered.firstBrokenId());
    result.put("problem", tampered.problem());
    result.put("restoredIntact", restored.intact());
    return result;
  }
}
