package org.saferpartnerships.casereview.victims;

import java.time.LocalDate;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;

/** One report a logged victim made. */
public record VictimReportLine(
    LocalDate incidentDate, LocalDate reportedOn, ComplaintAgency agency, String reference)
    implements java.io.Serializable {}
