package org.saferpartnerships.accountability.dashboard;

import java.time.LocalDate;
import org.saferpartnerships.submission.SubmissionType;

/** When a kind of submission is due in a force area, as the dashboard reads it. */
public record DueRow(long pfaId, SubmissionType type, LocalDate dueOn) {}
