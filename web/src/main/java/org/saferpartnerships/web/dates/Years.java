package org.saferpartnerships.web.dates;

import jakarta.faces.model.SelectItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.submission.due.Timeliness;

/** Financial years as choices: "2026–27" for 2026, from a few years back to next year. */
public final class Years {

  private Years() {}

  public static int current(LocalDate today) {
    return Timeliness.financialYearOf(today);
  }

  public static String label(int year) {
    return year + "–" + String.format("%02d", (year + 1) % 100);
  }

  /** This financial year and the {@code count - 1} before it, newest first. */
  public static List<SelectItem> back(LocalDate today, int count) {
    int now = current(today);
    List<SelectItem> years = new ArrayList<>();
    for (int year = now; year > now - count; year--) {
      years.add(new SelectItem(year, label(year)));
    }
    return years;
  }

  public static List<SelectItem> around(LocalDate today) {
    int now = current(today);
    List<SelectItem> years = new ArrayList<>();
    for (int year = now + 1; year >= now - 4; year--) {
      years.add(new SelectItem(year, label(year)));
    }
    return years;
  }
}
