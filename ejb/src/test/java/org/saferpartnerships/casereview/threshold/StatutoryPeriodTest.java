package org.saferpartnerships.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The periods of ASBCPA 2014 s104: "the period of one month beginning with the day on which the
 * behaviour is alleged to have occurred" and "the period of six months beginning with the day on
 * which the complaint was made". "Beginning with" counts the first day; where the later month has
 * no corresponding date, the period ends on that month's last day.
 */
class StatutoryPeriodTest {

  @ParameterizedTest(name = "{1} month(s) beginning with {0} end on {2}")
  @CsvSource({
    // the examples in DOMAIN.md section 4
    "2026-03-01, 1, 2026-03-31",
    "2026-01-01, 6, 2026-06-30",
    "2026-01-31, 1, 2026-02-28",
    // a corresponding date exists: the day before it
    "2026-07-15, 1, 2026-08-14",
    "2026-02-28, 1, 2026-03-27",
    "2026-12-31, 1, 2027-01-30",
    // no corresponding date: the later month's last day
    "2026-03-31, 1, 2026-04-30",
    "2026-08-31, 6, 2027-02-28",
    "2026-08-30, 6, 2027-02-28",
    "2026-08-29, 6, 2027-02-28",
    // leap years: 29 February exists in 2028
    "2028-01-31, 1, 2028-02-29",
    "2028-01-29, 1, 2028-02-28",
    "2027-01-29, 1, 2027-02-28",
    "2027-08-31, 6, 2028-02-29",
    "2027-08-29, 6, 2028-02-28",
    "2028-02-29, 1, 2028-03-28",
    "2028-02-29, 12, 2029-02-28",
    // across a year end
    "2026-09-01, 6, 2027-02-28",
    "2026-11-15, 6, 2027-05-14",
  })
  void endsWhereTheActSays(LocalDate first, int months, LocalDate last) {
    assertThat(StatutoryPeriod.lastDay(first, months)).isEqualTo(last);
    assertThat(StatutoryPeriod.within(first, months, last)).isTrue();
    assertThat(StatutoryPeriod.within(first, months, last.plusDays(1))).isFalse();
    assertThat(StatutoryPeriod.within(first, months, first)).isTrue();
    assertThat(StatutoryPeriod.within(first, months, first.minusDays(1))).isFalse();
  }

  @Test
  void countsTheFirstDayAsDayOne() {
    LocalDate behaviour = LocalDate.of(2026, 3, 1);
    assertThat(StatutoryPeriod.dayNumber(behaviour, behaviour)).isEqualTo(1);
    assertThat(StatutoryPeriod.dayNumber(behaviour, LocalDate.of(2026, 3, 31))).isEqualTo(31);
    assertThat(StatutoryPeriod.dayNumber(behaviour, LocalDate.of(2026, 4, 1))).isEqualTo(32);
  }

  @ParameterizedTest(name = "an application on {0} counts complaints from {1}")
  @CsvSource({
    "2026-08-31, 2026-03-01",
    // six months beginning with 31 December 2025 end on 30 June too (June has no 31st)
    "2026-06-30, 2025-12-31",
    "2026-07-01, 2026-01-02",
    // 31 December: six months beginning with it end on 30 June (June has no 31st)
    "2027-06-30, 2026-12-31",
    "2028-02-29, 2027-08-30",
    "2027-02-28, 2026-08-29",
  })
  void findsTheEarliestComplaintByCountingForwards(LocalDate application, LocalDate earliest) {
    assertThat(StatutoryPeriod.earliestStart(application, 6)).isEqualTo(earliest);
    assertThat(StatutoryPeriod.lastDay(earliest, 6)).isAfterOrEqualTo(application);
    assertThat(StatutoryPeriod.lastDay(earliest.minusDays(1), 6)).isBefore(application);
  }

  @Test
  void refusesAPeriodOfNoMonths() {
    assertThatThrownBy(() -> StatutoryPeriod.lastDay(LocalDate.of(2026, 1, 1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
