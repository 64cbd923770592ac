package org.saferpartnerships.partnership.registry;

/** How many rows, councils, CSPs and police force areas a lookup file (and so a vintage) holds. */
public record VintageCounts(int rows, int lads, int csps, int pfas)
    implements java.io.Serializable {}
