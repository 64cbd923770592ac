package org.saferpartnerships.consultation.followups;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A theme's follow-up as the report shows it: the work item, the partner holding it, where it is,
 * when it is due, and its outcome (the latest note on it, such as the reason given on completion);
 * and whether the reader may open the work item itself.
 */
public record FollowUpLine(
    long themeId,
    long workItemId,
    String title,
    String organisationName,
    String state,
    boolean open,
    LocalDate dueOn,
    String outcome,
    String raisedBy,
    Instant raisedAt,
    boolean viewable) {}
