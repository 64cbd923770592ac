/**
 * What a CSP sends its policing body (annual report, strategic assessment summary, partnership plan
 * and its refresh, community safety agreement, grant monitoring return, a reply to a report
 * request): submissions, their versions and documents. {@code SubmissionService} holds the
 * partnership's use cases, {@code SubmissionReader} the lists and details, {@code SubmissionGuard}
 * the checks every use shares; what a submission may answer (a grant, a report request) is asked of
 * {@code SubmissionPurposes}, and {@code SubmissionSent} tells accountability a reply was sent.
 * When each is due ({@code due}) and the policing body's review ({@code review}) are below.
 */
package org.saferpartnerships.submission;
