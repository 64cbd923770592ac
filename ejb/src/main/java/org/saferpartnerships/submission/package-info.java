/**
 * What a CSP sends its policing body (annual report, strategic assessment summary, partnership plan
 * and its refresh, community safety agreement, grant monitoring return, a reply to a report
 * request), the yearly calendar of when each is due, and the policing body's review of it: a
 * checklist, feedback, recommendations that travel back to the partnership as work items, and the
 * sign-off. The register of s9 grants and the accountability dashboards read from here too.
 */
package org.saferpartnerships.submission;
