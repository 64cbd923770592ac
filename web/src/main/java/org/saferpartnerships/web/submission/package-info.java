/**
 * The pages of submissions and their review: the list, a new submission, a submission with its
 * versions, documents, checklist and recommendations, and the calendar of what is due. The
 * accountability pages are in {@code web.accountability}.
 */
package org.saferpartnerships.web.submission;
