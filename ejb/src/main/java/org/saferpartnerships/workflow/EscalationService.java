package org.saferpartnerships.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The scheduler's pass over all items: batches of {@link EscalationBatch} until no item due for a
 * check is left (or only items another instance holds). Runs outside a transaction so that each
 * batch commits on its own and a failure loses one batch, not the pass.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscalationService {

  static final int BATCH = 200;

  /** Enough for every rung of every ladder of a large backlog; stops a pass that cannot finish. */
  private static final int MAX_BATCHES = 10_000;

  @EJB private EscalationBatch batches;

  public PassResult runPass() {
    PassResult total = PassResult.NONE;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      PassResult result = batches.process(BATCH);
      total = total.plus(result);
      if (result.examined() < BATCH) {
        break;
      }
    }
    return total;
  }
}
