package org.saferpartnerships.accountability.dashboard;

/** A count for one area (a CSP or a force area), as a grouped query gives it. */
public record CountRow(long areaId, long count) {}
