package org.saferpartnerships.partnership.lookup;

/**
 * One checked row of a lookup: codes upper-cased and well-formed, names present, the three areas in
 * the same country. Welsh names are null where the file has none.
 */
public record LookupRow(
    int line,
    String ladCode,
    String ladName,
    String ladNameCy,
    String cspCode,
    String cspName,
    String cspNameCy,
    String pfaCode,
    String pfaName,
    String pfaNameCy) {}
