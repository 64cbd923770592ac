package org.saferpartnerships.casereview.threshold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saferpartnerships.casereview.complaints.ComplaintFacts;
import org.saferpartnerships.casereview.complaints.ComplaintOutcome;
import org.saferpartnerships.casereview.complaints.ComplaintVerdict;

/**
 * Decides which complaints qualify under a threshold rule and whether they meet it (DOMAIN.md
 * section 4), for the day the application was received. Pure: the same inputs give the same answer,
 * so the answer can be shown, stored with the decision and tested as a table.
 *
 * <p>A "qualifying complaint" (Anti-social Behaviour, Crime and Policing Act 2014 s104) is one made
 * "within the period of one month beginning with the day on which the behaviour is alleged to have
 * occurred", where the application is made "within the period of six months beginning with the day
 * on which the complaint was made". Both periods are counted forwards by {@link StatutoryPeriod}; a
 * local procedure may lengthen them, never shorten them, and may lower the number of complaints
 * below three, never raise it ({@link ThresholdTerms#lawful()} holds any rule to that).
 *
 * <ul>
 *   <li>A complaint reported after the application was received belongs to a later application.
 *   <li>One whose months beginning with its report had ended when the application was received does
 *       not qualify ({@link ComplaintOutcome#OUTSIDE_WINDOW}).
 *   <li>One reported after the month beginning with its behaviour does not qualify ({@link
 *       ComplaintOutcome#REPORTED_TOO_LATE}).
 *   <li>One incident counts once: reports by one person of behaviour on one day are one incident,
 *       whether made to several agencies or several times to one, unless the coordinator has marked
 *       a report as a separate incident. The earliest report counts.
 * </ul>
 *
 * The threshold is met by count; or, where the rule allows, by one qualifying hate incident, or by
 * enough qualifying reports at one location by enough different people.
 */
public final class ThresholdEngine {

  private ThresholdEngine() {}

  public static ThresholdEvaluation evaluate(
      ThresholdTerms rule, LocalDate receivedOn, List<ComplaintFacts> complaints) {
    Objects.requireNonNull(rule, "terms");
    Objects.requireNonNull(receivedOn, "receivedOn");
    ThresholdTerms terms = rule.lawful();
    Map<Long, ComplaintVerdict> verdicts = new HashMap<>();
    List<ComplaintFacts> inTime = new ArrayList<>();
    for (ComplaintFacts complaint : complaints) {
      ComplaintOutcome outcome;
      if (complaint.reportedOn().isAfter(receivedOn)
          || complaint.incidentDate().isAfter(receivedOn)) {
        outcome = ComplaintOutcome.AFTER_APPLICATION;
      } else if (receivedOn.isAfter(applyBy(complaint, terms))) {
        outcome = ComplaintOutcome.OUTSIDE_WINDOW;
      } else if (complaint.reportedOn().isAfter(reportBy(complaint, terms))) {
        outcome = ComplaintOutcome.REPORTED_TOO_LATE;
      } else {
        inTime.add(complaint);
        continue;
      }
      verdicts.put(complaint.key(), verdict(complaint, outcome, null, terms));
    }
    List<ComplaintFacts> counted = countOnce(inTime, terms, verdicts);

    ThresholdRoute route = null;
    String location = null;
    if (counted.size() >= terms.complaintsRequired()) {
      route = ThresholdRoute.COUNT;
    } else if (terms.hateIncidentMeets() && counted.stream().anyMatch(ComplaintFacts::hate)) {
      route = ThresholdRoute.HATE_INCIDENT;
    } else if (terms.hasLocationVariant()) {
      location = locationMeeting(counted, terms);
      route = location == null ? null : ThresholdRoute.LOCATION;
    }
    List<ComplaintVerdict> ordered =
        complaints.stream().map(complaint -> verdicts.get(complaint.key())).toList();
    LocalDate windowStart = StatutoryPeriod.earliestStart(receivedOn, terms.windowMonths());
    return new ThresholdEvaluation(
        terms, receivedOn, windowStart, ordered, counted.size(), route, location);
  }

  /** The last day of the month (or months) beginning with the day of the behaviour. */
  private static LocalDate reportBy(ComplaintFacts complaint, ThresholdTerms terms) {
    return StatutoryPeriod.lastDay(complaint.incidentDate(), terms.reportLagMonths());
  }

  /** The last day of the six months (or more) beginning with the day of the complaint. */
  private static LocalDate applyBy(ComplaintFacts complaint, ThresholdTerms terms) {
    return StatutoryPeriod.lastDay(complaint.reportedOn(), terms.windowMonths());
  }

  private static ComplaintVerdict verdict(
      ComplaintFacts complaint, ComplaintOutcome outcome, Long sameAs, ThresholdTerms terms) {
    return new ComplaintVerdict(
        complaint.key(),
        outcome,
        sameAs,
        reportBy(complaint, terms),
        StatutoryPeriod.dayNumber(complaint.incidentDate(), complaint.reportedOn()),
        applyBy(complaint, terms));
  }

  /**
   * Keeps the earliest report of each incident and marks the others {@link
   * ComplaintOutcome#SAME_INCIDENT}; returns the complaints that count.
   */
  private static List<ComplaintFacts> countOnce(
      List<ComplaintFacts> inTime, ThresholdTerms terms, Map<Long, ComplaintVerdict> verdicts) {
    List<ComplaintFacts> byReport =
        inTime.stream()
            .sorted(
                Comparator.comparing(ComplaintFacts::reportedOn).thenComparing(ComplaintFacts::key))
            .toList();
    Map<String, ComplaintFacts> incidents = new HashMap<>();
    List<ComplaintFacts> counted = new ArrayList<>();
    for (ComplaintFacts complaint : byReport) {
      String incident = complaint.reporterKey() + "|" + complaint.incidentDate();
      ComplaintFacts first = complaint.separateIncident() ? null : incidents.get(incident);
      if (first != null) {
        verdicts.put(
            complaint.key(),
            verdict(complaint, ComplaintOutcome.SAME_INCIDENT, first.key(), terms));
        continue;
      }
      incidents.putIfAbsent(incident, complaint);
      counted.add(complaint);
      verdicts.put(complaint.key(), verdict(complaint, ComplaintOutcome.QUALIFIES, null, terms));
    }
    return counted;
  }

  /** The first location with enough qualifying reports by enough people, or null. */
  private static String locationMeeting(List<ComplaintFacts> counted, ThresholdTerms terms) {
    Map<String, List<ComplaintFacts>> byLocation = new LinkedHashMap<>();
    for (ComplaintFacts complaint : counted) {
      if (complaint.locationKey() != null) {
        byLocation
            .computeIfAbsent(complaint.locationKey(), key -> new ArrayList<>())
            .add(complaint);
      }
    }
    for (List<ComplaintFacts> reports : byLocation.values()) {
      Set<String> reporters = new HashSet<>();
      reports.forEach(report -> reporters.add(report.reporterKey()));
      if (reports.size() >= terms.locationReportsRequired()
          && reporters.size() >= terms.locationReportersRequired()) {
        return reports.get(0).location().trim();
      }
    }
    return null;
  }
}
