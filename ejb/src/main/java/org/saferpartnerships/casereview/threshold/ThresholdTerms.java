package org.saferpartnerships.casereview.threshold;

/**
 * The terms of one threshold rule (DOMAIN.md section 4): how many qualifying complaints meet the
 * threshold, the months beginning with each complaint within which the application must be made,
 * the months beginning with the behaviour within which the complaint must be made, and the local
 * variants: enough reports at one location by several people, a single hate incident, a
 * discretionary route for vulnerable victims.
 *
 * @param complaintsRequired qualifying complaints that meet the threshold (the Act's default is 3)
 * @param windowMonths months, beginning with the day of a complaint, within which the application
 *     must be made for it to count (the Act's six, or more)
 * @param reportLagMonths months, beginning with the day of the behaviour, within which it must be
 *     complained of (the Act's one, or more)
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

  /**
   * The most complaints a procedure may require: s104(4), "at least three (or, if a different
   * number is specified in the review procedures, at least that number of) qualifying complaints",
   * read with the Explanatory Notes (para 231): a procedure may set a lower number, not a higher
   * one.
   */
  public static final int STATUTORY_COMPLAINTS = 3;

  /** The Act's months beginning with the day of a complaint within which to apply (s104). */
  public static final int STATUTORY_WINDOW_MONTHS = 6;

  /** The Act's month beginning with the day of the behaviour within which to complain (s104). */
  public static final int STATUTORY_REPORT_MONTHS = 1;

  /** The Act itself: three complaints, each within a month, the application within six months. */
  public static final ThresholdTerms DEFAULT =
      new ThresholdTerms(
          STATUTORY_COMPLAINTS,
          STATUTORY_WINDOW_MONTHS,
          STATUTORY_REPORT_MONTHS,
          null,
          2,
          false,
          true);

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

  /**
   * Why these terms would break the Act, as a message key, or null when they are within it: more
   * complaints than three, or a period shorter than the Act's. A local rule may be more generous to
   * the victim, never less.
   */
  public String breachOfLaw() {
    if (complaintsRequired > STATUTORY_COMPLAINTS) {
      return "thresholdRule.law.complaints";
    }
    if (windowMonths < STATUTORY_WINDOW_MONTHS) {
      return "thresholdRule.law.window";
    }
    if (reportLagMonths < STATUTORY_REPORT_MONTHS) {
      return "thresholdRule.law.lag";
    }
    return null;
  }

  /**
   * These terms held to the Act: a rule saved before the limits were enforced can never make the
   * threshold harder to meet than the Act makes it.
   */
  public ThresholdTerms lawful() {
    if (breachOfLaw() == null) {
      return this;
    }
    return new ThresholdTerms(
        Math.min(complaintsRequired, STATUTORY_COMPLAINTS),
        Math.max(windowMonths, STATUTORY_WINDOW_MONTHS),
        Math.max(reportLagMonths, STATUTORY_REPORT_MONTHS),
        locationReportsRequired,
        locationReportersRequired,
        hateIncidentMeets,
        discretionAllowed);
  }

  public boolean hasLocationVariant() {
    return locationReportsRequired != null;
  }
}
