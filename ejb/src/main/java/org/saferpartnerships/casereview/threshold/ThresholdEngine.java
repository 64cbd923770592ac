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
 * <ul>
 *   <li>A complaint reported after the application was received belongs to a later application.
 *   <li>One reported before the window (the months before the application) does not qualify.
 *   <li>One reported later than the reporting lag after its incident does not qualify.
 *   <li>The same incident reported by the same person to several agencies counts once: reports of
 *       one day by one person to different agencies are one incident, unless the coordinator has
 *       marked a report as a separate incident. The earliest report counts.
 * </ul>
 *
 * The threshold is met by count; or, where the rule allows, by one qualifying hate incident, or by
 * enough qualifying reports at one location by enough different people.
 */
public final class ThresholdEngine {

  private ThresholdEngine() {}

  public static ThresholdEvaluation evaluate(
      ThresholdTerms terms, LocalDate receivedOn, List<ComplaintFacts> complaints) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(receivedOn, "receivedOn");
    LocalDate windowStart = receivedOn.minusMonths(terms.windowMonths());
    Map<Long, ComplaintVerdict> verdicts = new HashMap<>();
    List<ComplaintFacts> inTime = new ArrayList<>();
    for (ComplaintFacts complaint : complaints) {
      LocalDate reportBy = complaint.incidentDate().plusMonths(terms.reportLagMonths());
      ComplaintOutcome outcome;
      if (complaint.reportedOn().isAfter(receivedOn)
          || complaint.incidentDate().isAfter(receivedOn)) {
        outcome = ComplaintOutcome.AFTER_APPLICATION;
      } else if (complaint.reportedOn().isBefore(windowStart)) {
        outcome = ComplaintOutcome.OUTSIDE_WINDOW;
      } else if (complaint.reportedOn().isAfter(reportBy)) {
        outcome = ComplaintOutcome.REPORTED_TOO_LATE;
      } else {
        inTime.add(complaint);
        continue;
      }
      verdicts.put(complaint.key(), new ComplaintVerdict(complaint.key(), outcome, null, reportBy));
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
    return new ThresholdEvaluation(
        terms, receivedOn, windowStart, ordered, counted.size(), route, location);
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
    Map<String, List<ComplaintFacts>> incidents = new LinkedHashMap<>();
    List<ComplaintFacts> counted = new ArrayList<>();
    for (ComplaintFacts complaint : byReport) {
      LocalDate reportBy = complaint.incidentDate().plusMonths(terms.reportLagMonths());
      String incident = complaint.reporterKey() + "|" + complaint.incidentDate();
      List<ComplaintFacts> earlier = incidents.computeIfAbsent(incident, key -> new ArrayList<>());
      ComplaintFacts first =
          complaint.separateIncident()
              ? null
              : earlier.stream()
                  .filter(other -> other.agency() != complaint.agency())
                  .findFirst()
                  .orElse(null);
      if (first != null) {
        verdicts.put(
            complaint.key(),
            new ComplaintVerdict(
                complaint.key(), ComplaintOutcome.SAME_INCIDENT, first.key(), reportBy));
        continue;
      }
      earlier.add(complaint);
      counted.add(complaint);
      verdicts.put(
          complaint.key(),
          new ComplaintVerdict(complaint.key(), ComplaintOutcome.QUALIFIES, null, reportBy));
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
