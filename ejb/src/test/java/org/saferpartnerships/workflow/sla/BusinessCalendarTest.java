package org.saferpartnerships.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SLA clock against a table of real dates around Christmas, Easter, weekends and pauses. */
class BusinessCalendarTest {

  private static final BusinessCalendar CALENDAR = Holidays.calendar();

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // Christmas 2023: Mon 25 and Tue 26 Dec, then New Year's Day on Mon 1 Jan 2024
    "2023-12-22, 1, 2023-12-27",
    "2023-12-22, 5, 2024-01-03",
    // Easter 2024: Good Friday 29 Mar, Easter Monday 1 Apr
    "2024-03-28, 1, 2024-04-02",
    "2024-03-28, 10, 2024-04-15",
    // Christmas 2026 falls on a Friday: Boxing Day's substitute is Mon 28 Dec
    "2026-12-24, 1, 2026-12-29",
    // an ordinary week, and across a weekend
    "2024-06-03, 4, 2024-06-07",
    "2024-06-07, 1, 2024-06-10",
    // received on a Saturday: counting starts on Monday
    "2024-06-01, 1, 2024-06-04",
    "2024-06-01, 0, 2024-06-03",
    // the State Funeral of Queen Elizabeth II, Mon 19 Sep 2022
    "2022-09-16, 1, 2022-09-20",
  })
  void workingDayDueDates(LocalDate start, int days, LocalDate due) {
    assertThat(new SlaTerms(DayKind.WORKING, days, 0).dueOn(start, CALENDAR)).isEqualTo(due);
  }

  @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
  @CsvSource({
    // falls on Saturday 6 Jan 2024: moves to Monday
    "2024-01-02, 4, 2024-01-08",
    // falls on Christmas Day 2024 (Wed), then Boxing Day: moves to Fri 27 Dec
    "2024-12-18, 7, 2024-12-27",
    // falls on Good Friday 2024: moves past Easter Monday to Tue 2 Apr
    "2024-03-22, 7, 2024-04-02",
    // an ordinary weekday stays
    "2024-06-03, 21, 2024-06-24",
  })
  void calendarDayDueDatesNeverFallOnAClosedDay(LocalDate start, int days, LocalDate due) {
    assertThat(new SlaTerms(DayKind.CALENDAR, days, 0).dueOn(start, CALENDAR)).isEqualTo(due);
  }

  @ParameterizedTest(name = "due {0}, paused {1} to {2}: due {3}")
  @CsvSource({
    // a pause over Easter 2024 costs only the Thursday: the due date moves one working day
    "2024-04-05, 2024-03-28, 2024-04-02, 2024-04-08",
    // a pause across Christmas 2023 costs Fri 22 and Wed 27 to Fri 29 Dec: four working days
    "2024-01-05, 2023-12-22, 2024-01-02, 2024-01-11",
    // paused and resumed the same day: nothing changes
    "2024-04-05, 2024-04-03, 2024-04-03, 2024-04-05",
    // paused over a weekend only: nothing changes
    "2024-06-14, 2024-06-08, 2024-06-10, 2024-06-14",
  })
  void pausesAreTakenOutOfWorkingDayClocks(
      LocalDate due, LocalDate paused, LocalDate resumed, LocalDate expected) {
    SlaTerms terms = new SlaTerms(DayKind.WORKING, 10, 2);
    assertThat(terms.dueAfterPause(due, paused, resumed, CALENDAR)).isEqualTo(expected);
  }

  @Test
  void aCalendarDayPauseAddsEveryDayAndStillAvoidsClosedDays() {
    SlaTerms terms = new SlaTerms(DayKind.CALENDAR, 20, 2);
    // five days (28 Mar to 1 Apr) move 5 Apr to Wed 10 Apr
    assertThat(
            terms.dueAfterPause(
                LocalDate.parse("2024-04-05"),
                LocalDate.parse("2024-03-28"),
                LocalDate.parse("2024-04-02"),
                CALENDAR))
        .isEqualTo(LocalDate.parse("2024-04-10"));
    // one day moves Tue 24 Dec 2024 to Christmas Day, which moves on to Fri 27 Dec
    assertThat(
            terms.dueAfterPause(
                LocalDate.parse("2024-12-24"),
                LocalDate.parse("2024-12-02"),
                LocalDate.parse("2024-12-03"),
                CALENDAR))
        .isEqualTo(LocalDate.parse("2024-12-27"));
  }

  @Test
  void warningsComeWorkingDaysBeforeTheDueDateButNeverBeforeTheStart() {
    SlaTerms terms = new SlaTerms(DayKind.WORKING, 10, 2);
    LocalDate start = LocalDate.parse("2024-03-28");
    LocalDate due = terms.dueOn(start, CALENDAR);
    assertThat(due).isEqualTo(LocalDate.parse("2024-04-15"));
    assertThat(terms.warnOn(start, due, CALENDAR)).isEqualTo(LocalDate.parse("2024-04-11"));

    SlaTerms tight = new SlaTerms(DayKind.WORKING, 1, 5);
    assertThat(tight.warnOn(start, tight.dueOn(start, CALENDAR), CALENDAR)).isEqualTo(start);
  }

  @Test
  void escalationStepsCountFromTheFirstWorkingDayOfBreach() {
    // due Thu 28 Mar 2024: the first working day of breach is Tue 2 Apr (after Easter)
    LocalDate due = LocalDate.parse("2024-03-28");
    assertThat(SlaTerms.escalationOn(due, 0, CALENDAR)).isEqualTo(LocalDate.parse("2024-04-02"));
    assertThat(SlaTerms.escalationOn(due, 3, CALENDAR)).isEqualTo(LocalDate.parse("2024-04-05"));
  }

  @Test
  void slaStateFollowsTheDates() {
    LocalDate warn = LocalDate.parse("2024-04-11");
    LocalDate due = LocalDate.parse("2024-04-15");
    assertThat(SlaState.of(true, null, warn, due, LocalDate.parse("2024-04-10")))
        .isEqualTo(SlaState.ON_TRACK);
    assertThat(SlaState.of(true, null, warn, due, warn)).isEqualTo(SlaState.DUE_SOON);
    assertThat(SlaState.of(true, null, warn, due, due)).isEqualTo(SlaState.DUE_SOON);
    assertThat(SlaState.of(true, null, warn, due, due.plusDays(1))).isEqualTo(SlaState.BREACHED);
    assertThat(SlaState.of(true, warn, warn, due, due.plusDays(9))).isEqualTo(SlaState.PAUSED);
    assertThat(SlaState.of(false, null, warn, due, due.plusDays(9))).isEqualTo(SlaState.CLOSED);
  }

  @Test
  void theMigrationShipsEveryBankHolidayOfTheSharedDataWithItsWelshName() throws IOException {
    String migration;
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V3__workflow.sql")) {
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher row =
        Pattern.compile(
                "\\('(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')*)', '((?:[^']|'')*)', CURRENT_TIMESTAMP")
            .matcher(migration);
    List<String> shipped = new ArrayList<>();
    while (row.find()) {
      shipped.add(
          row.group(1)
              + "|"
              + row.group(2).replace("''", "'")
              + "|"
              + row.group(3).replace("''", "'"));
    }
    List<String> expected =
        Holidays.rows().stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).toList();
    assertThat(shipped).hasSize(107).containsExactlyElementsOf(expected);
    assertThat(expected)
        .contains(
            "2022-09-19|Bank Holiday for the State Funeral of Queen Elizabeth II|Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II");
  }
}
