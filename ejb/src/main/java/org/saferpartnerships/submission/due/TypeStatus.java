package org.saferpartnerships.submission.due;

import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.submission.SubmissionType;

/** Where one CSP stands on one kind of submission due this year. */
public record TypeStatus(
    SubmissionType type, LocalDate dueOn, Timeliness timeliness, Long submissionId)
    implements Serializable {}
