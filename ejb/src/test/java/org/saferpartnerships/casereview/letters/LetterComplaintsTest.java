package org.saferpartnerships.casereview.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintLine;
import org.saferpartnerships.casereview.complaints.ComplaintOutcome;

/** A threshold decision letter says of each complaint whether it counted, and why not. */
class LetterComplaintsTest {

  private static final List<ComplaintLine> COMPLAINTS =
      List.of(
          line(
              11,
              "2026-03-01",
              "2026-04-01",
              ComplaintAgency.POLICE,
              ComplaintOutcome.REPORTED_TOO_LATE,
              null),
          line(
              12,
              "2026-02-28",
              "2026-02-28",
              ComplaintAgency.COUNCIL,
              ComplaintOutcome.OUTSIDE_WINDOW,
              null),
          line(
              13,
              "2026-08-01",
              "2026-08-01",
              ComplaintAgency.POLICE,
              ComplaintOutcome.QUALIFIES,
              null),
          line(
              14,
              "2026-08-01",
              "2026-08-02",
              ComplaintAgency.HEALTH,
              ComplaintOutcome.SAME_INCIDENT,
              13L));

  @Test
  void listsEachComplaintWithTheBoundaryItCrossedInEnglish() {
    String text = LetterService.complaints(COMPLAINTS, bundle(Locale.ROOT), Locale.UK);
    assertThat(text.lines().toList())
        .containsExactly(
            "1. Behaviour on 1 March 2026, reported to the police on 1 April 2026: it does not count,"
                + " because it was reported on day 32 counting the day of the behaviour as day 1,"
                + " after the month beginning with that day had ended on 31 March 2026.",
            "2. Behaviour on 28 February 2026, reported to the council on 28 February 2026: it does"
                + " not count, because the application came after the period beginning with the day"
                + " of the complaint had ended on 27 August 2026.",
            "3. Behaviour on 1 August 2026, reported to the police on 1 August 2026: it counts.",
            "4. Behaviour on 1 August 2026, reported to health services on 2 August 2026: it is the"
                + " same incident as complaint 3, so the two are counted once.");
  }

  @Test
  void listsThemInWelshForAWelshSpeaker() {
    Locale welsh = Locale.forLanguageTag("cy");
    String text = LetterService.complaints(COMPLAINTS, bundle(welsh), welsh);
    assertThat(text)
        .contains("1. Ymddygiad ar 1 Mawrth 2026, wedi’i adrodd i’r heddlu ar 1 Ebrill 2026")
        .contains("ddiwrnod 32")
        .contains("yr un digwyddiad ydyw â chwyn 3");
  }

  @Test
  void saysSoWhenNoComplaintWasRecorded() {
    assertThat(LetterService.complaints(List.of(), bundle(Locale.ROOT), Locale.UK))
        .isEqualTo("No complaints were recorded with your application.");
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "org.saferpartnerships.casereview.case_mail",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static ComplaintLine line(
      long id,
      String incident,
      String reported,
      ComplaintAgency agency,
      ComplaintOutcome outcome,
      Long sameAs) {
    LocalDate behaviour = LocalDate.parse(incident);
    LocalDate report = LocalDate.parse(reported);
    return new ComplaintLine(
        id,
        behaviour,
        report,
        agency,
        null,
        null,
        null,
        false,
        false,
        null,
        outcome,
        sameAs,
        org.saferpartnerships.casereview.threshold.StatutoryPeriod.lastDay(behaviour, 1),
        org.saferpartnerships.casereview.threshold.StatutoryPeriod.dayNumber(behaviour, report),
        org.saferpartnerships.casereview.threshold.StatutoryPeriod.lastDay(report, 6));
  }
}
