package org.saferpartnerships.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintFacts;
import org.saferpartnerships.casereview.complaints.ComplaintOutcome;
import org.saferpartnerships.casereview.complaints.ComplaintVerdict;

class ThresholdEngineTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 8, 31);

  /** One complaint on its own, against the default rule, for an application of 31 Aug 2026. */
  @ParameterizedTest(name = "incident {0}, reported {1}: {2}")
  @CsvSource({
    // the window runs back 6 months from 31 Aug: 28 Feb 2026 is its first day
    "2026-02-28, 2026-02-28, QUALIFIES",
    "2026-02-27, 2026-02-27, OUTSIDE_WINDOW",
    "2026-02-20, 2026-02-28, QUALIFIES",
    // reported within a month of the incident: 31 Jan + 1 month = 28 Feb
    "2026-01-31, 2026-02-28, QUALIFIES",
    "2026-03-31, 2026-04-30, QUALIFIES",
    "2026-03-31, 2026-05-01, REPORTED_TOO_LATE",
    "2026-07-15, 2026-08-15, QUALIFIES",
    "2026-07-15, 2026-08-16, REPORTED_TOO_LATE",
    // the day of the application counts; the day after belongs to a later one
    "2026-08-31, 2026-08-31, QUALIFIES",
    "2026-08-30, 2026-09-01, AFTER_APPLICATION",
    "2026-09-01, 2026-09-01, AFTER_APPLICATION",
    // outside the window wins over too late: the earlier failure is the one to explain
    "2025-12-01, 2026-02-01, OUTSIDE_WINDOW",
  })
  void judgesOneComplaint(LocalDate incident, LocalDate reported, ComplaintOutcome expected) {
    ThresholdEvaluation evaluation =
        ThresholdEngine.evaluate(
            ThresholdTerms.DEFAULT, RECEIVED, List.of(complaint(1, incident, reported)));
    assertThat(evaluation.verdicts().get(0).outcome()).isEqualTo(expected);
    assertThat(evaluation.qualifying()).isEqualTo(expected == ComplaintOutcome.QUALIFIES ? 1 : 0);
    assertThat(evaluation.met()).isFalse();
  }

  @Test
  void windowEndsOnALeapDay() {
    LocalDate received = LocalDate.of(2028, 8, 29);
    ThresholdEvaluation evaluation =
        ThresholdEngine.evaluate(
            ThresholdTerms.DEFAULT,
            received,
            List.of(
                complaint(1, LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29)),
                complaint(2, LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 28))));
    assertThat(evaluation.windowStart()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(outcomes(evaluation))
        .containsExactly(ComplaintOutcome.QUALIFIES, ComplaintOutcome.OUTSIDE_WINDOW);
  }

  @Test
  void threeQualifyingComplaintsMeetTheDefaultThreshold() {
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-05-01", "2026-05-02"),
            complaint(2, "2026-06-10", "2026-06-10"),
            complaint(3, "2026-08-20", "2026-08-21"));
    ThresholdEvaluation evaluation = evaluate(ThresholdTerms.DEFAULT, complaints);
    assertThat(evaluation.qualifying()).isEqualTo(3);
    assertThat(evaluation.route()).isEqualTo(ThresholdRoute.COUNT);
    assertThat(evaluation.shortBy()).isZero();

    ThresholdEvaluation two = evaluate(ThresholdTerms.DEFAULT, complaints.subList(0, 2));
    assertThat(two.met()).isFalse();
    assertThat(two.shortBy()).isEqualTo(1);
  }

  @Test
  void theSameIncidentReportedToTwoAgenciesCountsOnce() {
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-06-01", "2026-06-03", ComplaintAgency.COUNCIL),
            complaint(2, "2026-06-01", "2026-06-01", ComplaintAgency.POLICE),
            complaint(3, "2026-07-01", "2026-07-01", ComplaintAgency.POLICE));
    ThresholdEvaluation evaluation = evaluate(ThresholdTerms.DEFAULT, complaints);
    assertThat(outcomes(evaluation))
        .containsExactly(
            ComplaintOutcome.SAME_INCIDENT, ComplaintOutcome.QUALIFIES, ComplaintOutcome.QUALIFIES);
    assertThat(evaluation.verdicts().get(0).sameAs()).isEqualTo(2L);
    assertThat(evaluation.qualifying()).isEqualTo(2);
    assertThat(evaluation.met()).isFalse();
  }

  @Test
  void twoReportsToTheSameAgencyOnOneDayAreTwoIncidents() {
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-06-01", "2026-06-01", ComplaintAgency.POLICE),
            complaint(2, "2026-06-01", "2026-06-02", ComplaintAgency.POLICE),
            complaint(3, "2026-07-01", "2026-07-01", ComplaintAgency.COUNCIL));
    assertThat(evaluate(ThresholdTerms.DEFAULT, complaints).route())
        .isEqualTo(ThresholdRoute.COUNT);
  }

  @Test
  void aReportMarkedSeparateIsAnotherIncident() {
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-06-01", "2026-06-01", ComplaintAgency.POLICE),
            new ComplaintFacts(
                2,
                date("2026-06-01"),
                date("2026-06-01"),
                ComplaintAgency.COUNCIL,
                null,
                null,
                false,
                true),
            complaint(3, "2026-07-01", "2026-07-01", ComplaintAgency.COUNCIL));
    assertThat(evaluate(ThresholdTerms.DEFAULT, complaints).qualifying()).isEqualTo(3);
  }

  @Test
  void reportsOfOneDayByDifferentPeopleAreDifferentIncidents() {
    List<ComplaintFacts> complaints =
        List.of(
            reported(1, "2026-06-01", ComplaintAgency.POLICE, null, null),
            reported(2, "2026-06-01", ComplaintAgency.COUNCIL, "A Neighbour", null));
    assertThat(evaluate(ThresholdTerms.DEFAULT, complaints).qualifying()).isEqualTo(2);
  }

  @Test
  void aLateDuplicateDoesNotHideTheReportThatCounts() {
    // the council report is too late; the police report of the same incident still counts
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-05-01", "2026-06-15", ComplaintAgency.COUNCIL),
            complaint(2, "2026-05-01", "2026-05-01", ComplaintAgency.POLICE));
    ThresholdEvaluation evaluation = evaluate(ThresholdTerms.DEFAULT, complaints);
    assertThat(outcomes(evaluation))
        .containsExactly(ComplaintOutcome.REPORTED_TOO_LATE, ComplaintOutcome.QUALIFIES);
  }

  @Test
  void oneHateIncidentMeetsWhereTheRuleSaysSo() {
    List<ComplaintFacts> complaints =
        List.of(
            new ComplaintFacts(
                1,
                date("2026-08-01"),
                date("2026-08-01"),
                ComplaintAgency.POLICE,
                null,
                null,
                true,
                false));
    ThresholdTerms wales = new ThresholdTerms(3, 6, 1, null, 2, true, true);
    assertThat(evaluate(wales, complaints).route()).isEqualTo(ThresholdRoute.HATE_INCIDENT);
    assertThat(evaluate(ThresholdTerms.DEFAULT, complaints).met()).isFalse();
  }

  @Test
  void aHateIncidentOutsideTheWindowDoesNotMeet() {
    List<ComplaintFacts> complaints =
        List.of(
            new ComplaintFacts(
                1,
                date("2025-08-01"),
                date("2025-08-01"),
                ComplaintAgency.POLICE,
                null,
                null,
                true,
                false));
    ThresholdTerms wales = new ThresholdTerms(3, 6, 1, null, 2, true, true);
    assertThat(evaluate(wales, complaints).met()).isFalse();
  }

  @Test
  void fiveReportsAtOneLocationBySeveralPeopleMeetTheLocationVariant() {
    ThresholdTerms terms = new ThresholdTerms(3, 6, 1, 5, 2, false, true);
    List<ComplaintFacts> complaints = new ArrayList<>();
    complaints.add(reported(1, "2026-06-01", ComplaintAgency.POLICE, "Resident A", "Play park"));
    complaints.add(reported(2, "2026-06-01", ComplaintAgency.COUNCIL, "Resident B", " play  PARK"));
    ThresholdEvaluation two = evaluate(new ThresholdTerms(9, 6, 1, 5, 2, false, true), complaints);
    assertThat(two.met()).isFalse();
    complaints.add(reported(3, "2026-06-08", ComplaintAgency.POLICE, "Resident A", "Play Park"));
    complaints.add(reported(4, "2026-06-15", ComplaintAgency.POLICE, "Resident A", "Play Park"));
    complaints.add(reported(5, "2026-06-22", ComplaintAgency.POLICE, "Resident A", "Play Park"));
    ThresholdTerms nineOrLocation = new ThresholdTerms(9, 6, 1, 5, 2, false, true);
    ThresholdEvaluation five = evaluate(nineOrLocation, complaints);
    assertThat(five.route()).isEqualTo(ThresholdRoute.LOCATION);
    assertThat(five.location()).isEqualTo("Play park");
    assertThat(evaluate(terms, complaints).route()).isEqualTo(ThresholdRoute.COUNT);
  }

  @Test
  void fiveReportsAtOneLocationByOnePersonDoNotMeetTheLocationVariant() {
    ThresholdTerms nineOrLocation = new ThresholdTerms(9, 6, 1, 5, 2, false, true);
    List<ComplaintFacts> complaints = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      complaints.add(
          reported(i, "2026-06-0" + i, ComplaintAgency.POLICE, "Resident A", "Play park"));
    }
    assertThat(evaluate(nineOrLocation, complaints).met()).isFalse();
  }

  @Test
  void aWiderWindowAndLongerLagChangeTheVerdicts() {
    ThresholdTerms generous = new ThresholdTerms(3, 12, 2, null, 2, false, false);
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2025-10-01", "2025-10-01"),
            complaint(2, "2026-03-31", "2026-05-30"),
            complaint(3, "2026-08-01", "2026-08-01"));
    assertThat(evaluate(ThresholdTerms.DEFAULT, complaints).qualifying()).isEqualTo(1);
    assertThat(evaluate(generous, complaints).route()).isEqualTo(ThresholdRoute.COUNT);
  }

  @Test
  void noComplaintsMeetNothing() {
    ThresholdEvaluation evaluation = evaluate(ThresholdTerms.DEFAULT, List.of());
    assertThat(evaluation.verdicts()).isEmpty();
    assertThat(evaluation.shortBy()).isEqualTo(3);
  }

  @Test
  void refusesTermsOutsideSenseAndComplaintsWithoutDates() {
    assertThatThrownBy(() -> new ThresholdTerms(0, 6, 1, null, 2, false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThresholdTerms(3, 0, 1, null, 2, false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThresholdTerms(3, 6, 0, null, 2, false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThresholdTerms(3, 6, 1, 1, 2, false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ComplaintFacts(
                    1, null, RECEIVED, ComplaintAgency.POLICE, null, null, false, false))
        .isInstanceOf(NullPointerException.class);
  }

  private static ThresholdEvaluation evaluate(ThresholdTerms terms, List<ComplaintFacts> list) {
    return ThresholdEngine.evaluate(terms, RECEIVED, list);
  }

  private static List<ComplaintOutcome> outcomes(ThresholdEvaluation evaluation) {
    return evaluation.verdicts().stream().map(ComplaintVerdict::outcome).toList();
  }

  private static ComplaintFacts complaint(long key, LocalDate incident, LocalDate reported) {
    return new ComplaintFacts(
        key, incident, reported, ComplaintAgency.POLICE, null, null, false, false);
  }

  private static ComplaintFacts complaint(long key, String incident, String reported) {
    return complaint(key, date(incident), date(reported));
  }

  private static ComplaintFacts complaint(
      long key, String incident, String reported, ComplaintAgency agency) {
    return new ComplaintFacts(
        key, date(incident), date(reported), agency, null, null, false, false);
  }

  private static ComplaintFacts reported(
      long key, String day, ComplaintAgency agency, String reporter, String location) {
    return new ComplaintFacts(key, date(day), date(day), agency, reporter, location, false, false);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
