package org.saferpartnerships.accountability.dashboard;

import java.math.BigDecimal;

/**
 * The grants to one area (a CSP, or a force area's other recipients) in a year: how many, how much.
 */
public record GrantRow(long areaId, long count, BigDecimal amount) {}
