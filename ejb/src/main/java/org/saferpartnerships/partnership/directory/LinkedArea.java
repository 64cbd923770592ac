package org.saferpartnerships.partnership.directory;

/**
 * An area linked to another in a vintage (a council of a CSP, a CSP of a council), by the other's
 * code.
 */
public record LinkedArea(String owner, String code, String name, String nameCy) {}
