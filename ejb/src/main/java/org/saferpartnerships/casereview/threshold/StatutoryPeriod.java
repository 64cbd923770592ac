package org.saferpartnerships.casereview.threshold;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A period of months "beginning with" a day, as the Anti-social Behaviour, Crime and Policing Act
 * 2014 s104 counts its periods: "within the period of one month beginning with the day on which the
 * behaviour is alleged to have occurred", and "within the period of six months beginning with the
 * day on which the complaint was made".
 *
 * <p>"Beginning with" counts the first day itself, so the period ends on the day before the
 * corresponding date in the later month: one month beginning with 1 March ends on 31 March, six
 * months beginning with 1 January ends on 30 June. Where the later month has no corresponding date
 * (one month beginning with 31 January, or with 29 January outside a leap year), the period ends on
 * that month's last day. Counting is always forwards from the first day, never backwards from the
 * last: working back from a month's end is up to four days out.
 */
public final class StatutoryPeriod {

  private StatutoryPeriod() {}

  /** The last day of the period of {@code months} months beginning with {@code first}. */
  public static LocalDate lastDay(LocalDate first, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("months " + months);
    }
    YearMonth later = YearMonth.from(first).plusMonths(months);
    if (first.getDayOfMonth() > later.lengthOfMonth()) {
      return later.atEndOfMonth();
    }
    return later.atDay(first.getDayOfMonth()).minusDays(1);
  }

  /** Whether {@code day} falls within the period of {@code months} beginning with {@code first}. */
  public static boolean within(LocalDate first, int months, LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(lastDay(first, months));
  }

  /**
   * Which day of a period beginning with {@code first} {@code day} is, the first day being day 1 (a
   * report on 1 April of behaviour on 1 March is made on day 32).
   */
  public static long dayNumber(LocalDate first, LocalDate day) {
    return ChronoUnit.DAYS.between(first, day) + 1;
  }

  /**
   * The earliest first day of a period of {@code months} months that still contains {@code day}:
   * the earliest day a complaint can have been made for an application made on {@code day} to fall
   * within the months beginning with it. Found by counting forwards, as the Act does.
   */
  public static LocalDate earliestStart(LocalDate day, int months) {
    LocalDate start = day.minusMonths(months).minusDays(7);
    while (lastDay(start, months).isBefore(day)) {
      start = start.plusDays(1);
    }
    return start;
  }
}
