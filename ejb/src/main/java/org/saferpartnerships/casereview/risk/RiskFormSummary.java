package org.saferpartnerships.casereview.risk;

import java.time.LocalDate;

/** A risk form as lists show it. */
public record RiskFormSummary(
    long id,
    boolean national,
    LocalDate validFrom,
    String note,
    String createdBy,
    boolean inForce) {}
