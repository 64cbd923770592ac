package org.saferpartnerships.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecondReportPromptTest {

  @ParameterizedTest(name = "{0} then {1}: prompt {2}")
  @CsvSource({
    "2026-01-10, 2026-03-01, true",
    // six months beginning with 10 January end on 9 July
    "2026-01-10, 2026-07-09, true",
    "2026-01-10, 2026-07-10, false",
    "2026-08-31, 2027-02-28, true", // February has no 31st: its last day
    "2026-08-31, 2027-03-01, false",
    "2026-03-01, 2026-01-10, true", // logged out of order
  })
  void twoReportsWithinSixMonthsPrompt(LocalDate first, LocalDate second, boolean prompt) {
    assertThat(SecondReportPrompt.due(List.of(first, second), false)).isEqualTo(prompt);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"one report", "already told"})
  void noPromptForOneReportOrAVictimAlreadyTold(String why) {
    LocalDate day = LocalDate.of(2026, 5, 1);
    if (why.equals("one report")) {
      assertThat(SecondReportPrompt.due(List.of(day), false)).isFalse();
    } else {
      assertThat(SecondReportPrompt.due(List.of(day, day.plusDays(3)), true)).isFalse();
    }
  }

  @ParameterizedTest(name = "a third report close to the second: {0}")
  @CsvSource({"2026-01-01, 2026-09-01, 2026-10-01"})
  void anyTwoNeighbouringReportsCount(LocalDate a, LocalDate b, LocalDate c) {
    assertThat(SecondReportPrompt.due(List.of(a, b), false)).isFalse();
    assertThat(SecondReportPrompt.due(List.of(a, b, c), false)).isTrue();
  }
}
