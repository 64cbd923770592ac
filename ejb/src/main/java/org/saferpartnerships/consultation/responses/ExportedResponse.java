package org.saferpartnerships.consultation.responses;

import java.time.LocalDate;

/** A response's fixed columns in the export. */
public record ExportedResponse(
    long id,
    String reference,
    String category,
    String organisation,
    LocalDate submittedOn,
    ResponseChannel channel) {}
