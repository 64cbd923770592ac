package org.saferpartnerships.casereview.threshold;

/**
 * The terms of one threshold rule (DOMAIN.md section 4): how many qualifying complaints meet the
 * threshold, the window before the application in which they must have been reported, how soon
 * after its incident a complaint must have been reported, and the local variants: enough reports at
 * one location by several people, a single hate incident, a discretionary route for vulnerable
 * victims.
 *
 * @param complaintsRequired qualifying complaints that meet the threshold (the Act's default is 3)
 * @param windowMonths months before the application within which each complaint was reported
 * @param reportLagMonths months after its incident by which a complaint was reported
 * @param locationReportsRequired qualifying reports at one location that meet the threshold, or
 *     null when the area has no location variant
 * @param locationReportersRequired distinct people who must have made those reports
 * @param hateIncidentMeets whether one qualifying hate incident meets the threshold
 * @param discretionAllowed whether a senior officer may decide the threshold met for a vulnerable
 *     victim, recording why
 */
public record ThresholdTerms(
    int complaintsRequired,
    int windowMonths,
    int reportLagMonths,
    Integer locationReportsRequired,
    int locationReportersRequired,
    boolean hateIncidentMeets,
    boolean discretionAllowed)
    implements java.io.Serializable {

  /** The common practice: three complaints, reported within a month, in the six months before. */
  public static final ThresholdTerms DEFAULT = new ThresholdTerms(3, 6, 1, null, 2, false, true);

  public ThresholdTerms {
    if (complaintsRequired < 1 || complaintsRequired > 20) {
      throw new IllegalArgumentException("complaintsRequired " + complaintsRequired);
    }
    if (windowMonths < 1 || windowMonths > 24) {
      throw new IllegalArgumentException("windowMonths " + windowMonths);
    }
    if (reportLagMonths < 1 || reportLagMonths > 12) {
      throw new IllegalArgumentException("reportLagMonths " + reportLagMonths);
    }
    if (locationReportsRequired != null
        && (locationReportsRequired < 2 || locationReportsRequired > 50)) {
      throw new IllegalArgumentException("locationReportsRequired " + locationReportsRequired);
    }
    if (locationReportersRequired < 1 || locationReportersRequired > 50) {
      throw new IllegalArgumentException("locationReportersRequired " + locationReportersRequired);
    }
  }

  public boolean hasLocationVariant() {
    return locationReportsRequired != null;
  }
}
