package org.saferpartnerships.casereview.complaints;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the threshold engine needs of one complaint linked to an application.
 *
 * @param key the complaint's identity in the caller's terms (its id)
 * @param incidentDate the day the behaviour happened
 * @param reportedOn the day it was reported to the agency
 * @param agency the agency it was reported to
 * @param reporter who reported it, or null for the victim
 * @param location where it happened, free text, or null
 * @param hate whether it was reported as a hate incident or crime
 * @param separateIncident the coordinator's word that it is a different incident from another
 *     report by the same person of behaviour on the same day
 */
public record ComplaintFacts(
    long key,
    LocalDate incidentDate,
    LocalDate reportedOn,
    ComplaintAgency agency,
    String reporter,
    String location,
    boolean hate,
    boolean separateIncident) {

  public ComplaintFacts {
    Objects.requireNonNull(incidentDate, "incidentDate");
    Objects.requireNonNull(reportedOn, "reportedOn");
    Objects.requireNonNull(agency, "agency");
  }

  /** Who reported it, normalised: the victim unless someone else is named. */
  public String reporterKey() {
    return normalise(reporter) == null ? "" : normalise(reporter);
  }

  /** Where it happened, normalised for comparison, or null. */
  public String locationKey() {
    return normalise(location);
  }

  static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
