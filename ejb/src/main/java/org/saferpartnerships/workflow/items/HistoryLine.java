package org.saferpartnerships.workflow.items;

import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.workflow.engine.EventType;

/**
 * One line of an item's history as pages and the API show it: {@code actor} is the username (or
 * "system"), {@code actorName} the name people know them by, which pages show.
 */
public record HistoryLine(
    long id,
    Instant occurredAt,
    String actor,
    String actorName,
    EventType type,
    String action,
    String fromState,
    String toState,
    String organisationName,
    String organisationNameCy,
    String queue,
    String assigneeName,
    String ruleKey,
    Integer ruleRevision,
    Integer escalationLevel,
    LocalDate dueOn,
    String note)
    implements java.io.Serializable {}
