package org.saferpartnerships.partnership;

/** A CSP in its force area, in one vintage of the registry, as {@link Registry} lists them. */
public record Placement(
    long cspId,
    String cspCode,
    String cspName,
    String cspNameCy,
    long pfaId,
    String pfaCode,
    String pfaName,
    String pfaNameCy) {}
