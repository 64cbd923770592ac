/**
 * What a CSP sends its policing body (annual report, strategic assessment summary, partnership plan
 * and its refresh, community safety agreement, grant monitoring return, a reply to a report
 * request): submissions, their versions and documents. When each is due ({@code due}) and the
 * policing body's review ({@code review}) are below; accountability reads from here.
 */
package org.saferpartnerships.submission;
