package org.saferpartnerships.casereview;

import java.time.LocalDate;

/** One report a logged victim made. */
public record VictimReportLine(
    LocalDate incidentDate, LocalDate reportedOn, ComplaintAgency agency, String reference)
    implements java.io.Serializable {}
