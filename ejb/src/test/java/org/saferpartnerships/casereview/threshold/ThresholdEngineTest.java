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

  /**
   * One complaint on its own, against the Act's own terms, for an application of 31 Aug 2026. A
   * qualifying complaint is made "within the period of one month beginning with the day on which
   * the behaviour is alleged to have occurred", and the application "within the period of six
   * months beginning with the day on which the complaint was made" (ASBCPA 2014 s104).
   */
  @ParameterizedTest(name = "incident {0}, reported {1}: {2}")
  @CsvSource({
    // six months beginning with 1 March end on 31 August: 1 March is the first day that counts
    "2026-03-01, 2026-03-01, QUALIFIES",
    // six months beginning with 28 February end on 27 August, before the application
    "2026-02-28, 2026-02-28, OUTSIDE_WINDOW",
    "2026-02-20, 2026-03-01, QUALIFIES",
    // one month beginning with 1 March ends on 31 March; a report on 1 April (day 32) is late
    "2026-03-01, 2026-03-31, QUALIFIES",
    "2026-03-01, 2026-04-01, REPORTED_TOO_LATE",
    // April has no 31st: one month beginning with 31 March ends on 30 April
    "2026-03-31, 2026-04-30, QUALIFIES",
    "2026-03-31, 2026-05-01, REPORTED_TOO_LATE",
    // one month beginning with 15 July ends on 14 August
    "2026-07-15, 2026-08-14, QUALIFIES",
    "2026-07-15, 2026-08-15, REPORTED_TOO_LATE",
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
    assertThat(evaluation.windowStart()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void aComplaintOnTheFirstOfJanuaryCountsUntilTheThirtiethOfJuneNotTheFirstOfJuly() {
    // "six months beginning with" 1 January end on 30 June
    List<ComplaintFacts> complaints = List.of(complaint(1, "2026-01-01", "2026-01-01"));
    ThresholdEvaluation june =
        ThresholdEngine.evaluate(ThresholdTerms.DEFAULT, date("2026-06-30"), complaints);
    ThresholdEvaluation july =
        ThresholdEngine.evaluate(ThresholdTerms.DEFAULT, date("2026-07-01"), complaints);
    assertThat(outcomes(june)).containsExactly(ComplaintOutcome.QUALIFIES);
    assertThat(outcomes(july)).containsExactly(ComplaintOutcome.OUTSIDE_WINDOW);
    assertThat(july.verdicts().get(0).applyBy()).isEqualTo(date("2026-06-30"));
    assertThat(july.windowStart()).isEqualTo(date("2026-01-02"));
  }

  @Test
  void eachVerdictSaysOnWhichDayItWasReportedAndWhenItsPeriodsEnd() {
    ComplaintVerdict late =
        evaluate(ThresholdTerms.DEFAULT, List.of(complaint(1, "2026-03-01", "2026-04-01")))
            .verdicts()
            .get(0);
    assertThat(late.reportDay()).isEqualTo(32);
    assertThat(late.reportBy()).isEqualTo(date("2026-03-31"));
    assertThat(late.applyBy()).isEqualTo(date("2026-09-30"));
    ComplaintVerdict sameDay =
        evaluate(ThresholdTerms.DEFAULT, List.of(complaint(1, "2026-08-31", "2026-08-31")))
            .verdicts()
            .get(0);
    assertThat(sameDay.reportDay()).isEqualTo(1);
  }

  @Test
  void aCaseMetOnThreeComplaintsUnderTheOldReadingHasOneUnderTheAct() {
    // each complaint sits one day past a boundary the old engine counted inside
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-02-28", "2026-02-28"), // six months ended 27 August
            complaint(2, "2026-07-15", "2026-08-15"), // day 32 of a 31-day month
            complaint(3, "2026-08-01", "2026-08-01"));
    ThresholdEvaluation evaluation = evaluate(ThresholdTerms.DEFAULT, complaints);
    assertThat(evaluation.qualifying()).isEqualTo(1);
    assertThat(evaluation.met()).isFalse();
  }

  @Test
  void leapYearsAndShortMonthsEndThePeriodOnTheLastDayOfTheMonth() {
    // application on 29 February 2028: six months beginning with 31 August 2027 end that day
    // (February has no 31st), six months beginning with 29 August 2027 end on 28 February
    LocalDate leapDay = date("2028-02-29");
    ThresholdEvaluation evaluation =
        ThresholdEngine.evaluate(
            ThresholdTerms.DEFAULT,
            leapDay,
            List.of(
                complaint(1, "2027-08-31", "2027-08-31"),
                complaint(2, "2027-08-29", "2027-08-29"),
                complaint(3, "2028-01-31", "2028-02-29"),
                complaint(4, "2028-01-29", "2028-02-29")));
    assertThat(outcomes(evaluation))
        .containsExactly(
            ComplaintOutcome.QUALIFIES,
            ComplaintOutcome.OUTSIDE_WINDOW,
            ComplaintOutcome.QUALIFIES,
            ComplaintOutcome.REPORTED_TOO_LATE);
    assertThat(evaluation.windowStart()).isEqualTo(date("2027-08-30"));
  }

  @Test
  void aRuleSavedBeyondTheActIsHeldToIt() {
    // five complaints and a three-month window, saved before the limits were enforced
    ThresholdTerms stricter = new ThresholdTerms(5, 3, 1, null, 2, false, true);
    assertThat(stricter.breachOfLaw()).isEqualTo("thresholdRule.law.complaints");
    assertThat(new ThresholdTerms(3, 3, 1, null, 2, false, true).breachOfLaw())
        .isEqualTo("thresholdRule.law.window");
    assertThat(new ThresholdTerms(2, 12, 2, null, 2, false, true).breachOfLaw()).isNull();
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-03-10", "2026-03-10"),
            complaint(2, "2026-06-10", "2026-06-10"),
            complaint(3, "2026-08-10", "2026-08-10"));
    ThresholdEvaluation evaluation = evaluate(stricter, complaints);
    assertThat(evaluation.terms()).isEqualTo(ThresholdTerms.DEFAULT);
    assertThat(evaluation.qualifying()).isEqualTo(3);
    assertThat(evaluation.route()).isEqualTo(ThresholdRoute.COUNT);
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
  void theSameIncidentToldToTheSameAgencyThreeTimesCountsOnce() {
    // the police told three times of one night: one incident, the earliest report counting
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-06-01", "2026-06-02", ComplaintAgency.POLICE),
            complaint(2, "2026-06-01", "2026-06-01", ComplaintAgency.POLICE),
            complaint(3, "2026-06-01", "2026-06-05", ComplaintAgency.POLICE));
    ThresholdEvaluation evaluation = evaluate(ThresholdTerms.DEFAULT, complaints);
    assertThat(outcomes(evaluation))
        .containsExactly(
            ComplaintOutcome.SAME_INCIDENT,
            ComplaintOutcome.QUALIFIES,
            ComplaintOutcome.SAME_INCIDENT);
    assertThat(evaluation.verdicts().get(2).sameAs()).isEqualTo(2L);
    assertThat(evaluation.qualifying()).isEqualTo(1);
  }

  @Test
  void aReportToTheSameAgencyMarkedSeparateIsAnotherIncident() {
    List<ComplaintFacts> complaints =
        List.of(
            complaint(1, "2026-06-01", "2026-06-01", ComplaintAgency.POLICE),
            new ComplaintFacts(
                2,
                date("2026-06-01"),
                date("2026-06-02"),
                ComplaintAgency.POLICE,
                null,
                null,
                false,
                true),
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
  void reportsAtOneLocationBySeveralPeopleMeetTheLocationVariant() {
    // three complaints by count, or two at one place by two different people
    ThresholdTerms threeOrLocation = new ThresholdTerms(3, 6, 1, 2, 2, false, true);
    List<ComplaintFacts> complaints = new ArrayList<>();
    complaints.add(reported(1, "2026-06-01", ComplaintAgency.POLICE, "Resident A", "Play park"));
    assertThat(evaluate(threeOrLocation, complaints).met()).isFalse();
    complaints.add(reported(2, "2026-06-01", ComplaintAgency.COUNCIL, "Resident B", " play  PARK"));
    ThresholdEvaluation two = evaluate(threeOrLocation, complaints);
    assertThat(two.route()).isEqualTo(ThresholdRoute.LOCATION);
    assertThat(two.location()).isEqualTo("Play park");
    assertThat(evaluate(ThresholdTerms.DEFAULT, complaints).met()).isFalse();
    complaints.add(reported(3, "2026-06-08", ComplaintAgency.POLICE, "Resident A", "Play Park"));
    assertThat(evaluate(threeOrLocation, complaints).route()).isEqualTo(ThresholdRoute.COUNT);
  }

  @Test
  void reportsAtOneLocationByOnePersonDoNotMeetTheLocationVariant() {
    ThresholdTerms threeOrLocation = new ThresholdTerms(3, 6, 1, 2, 2, false, true);
    List<ComplaintFacts> complaints =
        List.of(
            reported(1, "2026-06-01", ComplaintAgency.POLICE, "Resident A", "Play park"),
            reported(2, "2026-06-08", ComplaintAgency.POLICE, "Resident A", "Play park"));
    assertThat(evaluate(threeOrLocation, complaints).met()).isFalse();
  }

  @Test
  void aWiderWindowAndLongerLagChangeTheVerdicts() {
    ThresholdTerms generous = new ThresholdTerms(3, 12, 2, null, 2, false, false);
    List<ComplaintFacts> complaints =
        List.of(
            complaint(
                1, "2025-10-01", "2025-10-01"), // twelve months beginning with it end 30 Sep 2026
            complaint(
                2, "2026-03-31", "2026-05-30"), // two months beginning with 31 March end 30 May
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
