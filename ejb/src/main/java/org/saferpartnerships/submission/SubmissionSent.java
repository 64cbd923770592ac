package org.saferpartnerships.submission;

/**
 * Fired synchronously, in the sending transaction, when a submission is first sent for review:
 * accountability closes the report request a reply answers. A refusal by an observer undoes the
 * sending.
 */
public record SubmissionSent(long submissionId, String reference, Long reportRequestId) {}
