package org.saferpartnerships.casereview.victims;

import java.time.LocalDate;

/** A logged victim in the coordinator's list. */
public record VictimSummary(
    long id, String cspCode, String name, long reports, LocalDate lastReport, LocalDate toldOn)
    implements java.io.Serializable {}
