/**
 * The review after the threshold is met: information requests to agencies, recommendations and the
 * responses to them, and the request for the policing body to review a case review, sent by the
 * coordinator or by the victim on a public page ({@code EscalationSender}, {@code
 * PublicReviewRequests}), whose outcome reopens the case as the body directs; each with its
 * workflow and the observers that keep the case in step with its work items.
 */
package org.saferpartnerships.casereview.review;
