package org.saferpartnerships.submission;

import java.io.Serializable;
import java.time.LocalDate;

/** Where one CSP stands on one kind of submission due this year. */
public record TypeStatus(
    SubmissionType type, LocalDate dueOn, Timeliness timeliness, Long submissionId)
    implements Serializable {}
