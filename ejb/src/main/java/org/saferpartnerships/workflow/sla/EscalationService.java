package org.saferpartnerships.workflow.sla;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * The scheduler's pass over all items: batches of {@link EscalationBatch} until no item due for a
 * check is left (or only items another instance holds). Runs outside a transaction so that each
 * batch commits on its own and a failure loses one batch, not the pass.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscalationService {

  static final int BATCH = 200;

  /** Tries of a batch the database rolled back to break a deadlock. */
  private static final int ATTEMPTS = 3;

  /** Enough for every rung of every ladder of a large backlog; stops a pass that cannot finish. */
  private static final int MAX_BATCHES = 10_000;

  @EJB private EscalationBatch batches;

  public PassResult runPass() {
    PassResult total = PassResult.NONE;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      PassResult result = processRetryingDeadlocks();
      total = total.plus(result);
      if (result.examined() < BATCH) {
        break;
      }
    }
    return total;
  }

  /**
   * One batch; a batch the database chose as a deadlock's victim (two instances' passes touching
   * neighbouring index entries) rolled back whole, so it is simply run again.
   */
  private PassResult processRetryingDeadlocks() {
    for (int attempt = 1; ; attempt++) {
      try {
        return batches.process(BATCH);
      } catch (EJBException e) {
        if (attempt >= ATTEMPTS || !rolledBackByTheDatabase(e)) {
          throw e;
        }
      }
    }
  }

  static boolean rolledBackByTheDatabase(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransactionRollbackException
          || cause instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("40")) {
        return true;
      }
    }
    return false;
  }
}
