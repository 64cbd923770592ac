package org.saferpartnerships.accountability.dashboard;

import java.time.LocalDate;

/** A CSP's recommendations still to answer: how many, and when the oldest was made. */
public record OpenRow(long cspId, long count, LocalDate oldest) {}
