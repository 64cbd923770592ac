package org.saferpartnerships.accountability.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.submission.due.DueView;

/**
 * An accountability dashboard for a financial year: a force area's CSPs (with its calendar), or
 * every force area (national, {@code pfaCode} null), with the totals.
 */
public record Dashboard(
    String pfaCode,
    String pfaName,
    String pfaNameCy,
    int financialYear,
    LocalDate today,
    List<DueView> calendar,
    List<AccountabilityLine> lines,
    AccountabilityLine totals)
    implements Serializable {

  public Dashboard {
    calendar = List.copyOf(calendar);
    lines = List.copyOf(lines);
  }
}
