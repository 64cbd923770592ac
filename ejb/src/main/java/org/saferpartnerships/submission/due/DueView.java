package org.saferpartnerships.submission.due;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.submission.SubmissionType;

/** A line of a force area's calendar: a kind of submission and when it is due that year. */
public record DueView(
    long id,
    SubmissionType type,
    int financialYear,
    LocalDate dueOn,
    Instant setAt,
    String setBy,
    long version)
    implements Serializable {}
