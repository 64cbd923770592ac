package org.saferpartnerships.casereview.threshold;

import java.time.LocalDate;
import java.util.List;

/**
 * When to tell a victim about the case review (statutory guidance, July 2025): on a second report
 * within six months, that is as soon as a report falls within the six months beginning with the day
 * of an earlier one (counted as the Act counts its periods, by {@link StatutoryPeriod}), unless
 * they have already been told.
 */
public final class SecondReportPrompt {

  public static final int MONTHS = 6;

  private SecondReportPrompt() {}

  public static boolean due(List<LocalDate> reportedOn, boolean alreadyTold) {
    if (alreadyTold || reportedOn.size() < 2) {
      return false;
    }
    List<LocalDate> sorted = reportedOn.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (StatutoryPeriod.within(sorted.get(i - 1), MONTHS, sorted.get(i))) {
        return true;
      }
    }
    return false;
  }
}
