package org.saferpartnerships.accountability.dashboard;

import java.time.LocalDate;
import org.saferpartnerships.submission.SubmissionType;

/** The first day a CSP sent a kind of submission in the year, and the submission. */
public record SentRow(long cspId, SubmissionType type, LocalDate firstSentOn, long submissionId) {}
