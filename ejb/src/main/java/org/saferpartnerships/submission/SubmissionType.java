package org.saferpartnerships.submission;

/**
 * The kinds of submission a CSP sends its policing body (DOMAIN.md sections 1 and 2): the plan goes
 * under reg 13A, the community safety agreement of a two-tier county under reg 9A, reports under
 * CDA s7, and monitoring returns under the conditions of an s9 grant.
 */
public enum SubmissionType {
  ANNUAL_REPORT,
  STRATEGIC_ASSESSMENT_SUMMARY,
  PARTNERSHIP_PLAN,
  PLAN_REFRESH,
  COMMUNITY_SAFETY_AGREEMENT,
  GRANT_MONITORING_RETURN,
  REPORT_REQUEST_REPLY;

  /** Whether a CSP sends at most one of this kind a year (replies and returns may be several). */
  public boolean oncePerYear() {
    return this != GRANT_MONITORING_RETURN && this != REPORT_REQUEST_REPLY;
  }

  /** Whether the calendar sets its due date (a return's comes from its grant). */
  public boolean dueByCalendar() {
    return oncePerYear();
  }
}
