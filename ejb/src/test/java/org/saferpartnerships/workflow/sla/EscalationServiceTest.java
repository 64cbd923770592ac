package org.saferpartnerships.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class EscalationServiceTest {

  @Test
  void aDeadlockVictimIsRunAgainAndOtherFailuresAreNot() {
    var deadlock =
        new EJBException(
            new RuntimeException(
                new BatchUpdateException(
                    "Deadlock found",
                    new int[0],
                    new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
    assertThat(EscalationService.rolledBackByTheDatabase(deadlock)).isTrue();
    assertThat(
            EscalationService.rolledBackByTheDatabase(
                new EJBException(new SQLException("Lock wait", "40001"))))
        .isTrue();
    assertThat(
            EscalationService.rolledBackByTheDatabase(
                new EJBException(new SQLException("Duplicate entry", "23000"))))
        .isFalse();
    assertThat(EscalationService.rolledBackByTheDatabase(new EJBException("no cause"))).isFalse();
  }
}
