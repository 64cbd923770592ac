package org.saferpartnerships.partnership.governance;

import java.io.Serializable;
import java.time.LocalDate;

/** What a change of governance did: from whom to whom, from when, and how many open items moved. */
public record TransferOutcome(
    String pfaCode, String fromName, String toName, LocalDate effectiveOn, int movedItems)
    implements Serializable {}
