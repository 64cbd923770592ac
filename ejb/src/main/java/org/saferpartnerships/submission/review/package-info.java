/**
 * The policing body's review of a submission: the checklist and its answers, feedback,
 * recommendations sent back to the partnership, the review's progress, and the two workflows that
 * carry them.
 */
package org.saferpartnerships.submission.review;
