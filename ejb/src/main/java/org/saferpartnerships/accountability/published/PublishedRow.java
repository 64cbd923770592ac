package org.saferpartnerships.accountability.published;

import java.time.LocalDate;

/** A published report as the list reads it, before its documents are added. */
public record PublishedRow(
    long id,
    String pfaCode,
    String pfaName,
    String cspCode,
    String cspName,
    String cspNameCy,
    String bodyName,
    String subject,
    String title,
    LocalDate requestedOn,
    LocalDate dueOn,
    LocalDate receivedOn) {}
