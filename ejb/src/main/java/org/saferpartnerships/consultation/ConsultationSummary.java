package org.saferpartnerships.consultation;

import java.time.LocalDate;

/** A consultation in a list: its title, owner, dates and the responses counted so far. */
public record ConsultationSummary(
    long id,
    String titleEn,
    String titleCy,
    String ownerName,
    String ownerNameCy,
    LocalDate opensOn,
    LocalDate closesOn,
    long responses)
    implements java.io.Serializable {}
