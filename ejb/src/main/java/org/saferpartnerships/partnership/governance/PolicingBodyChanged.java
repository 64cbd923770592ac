package org.saferpartnerships.partnership.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fired in the transaction of a change of governance, so that the contexts holding work for the
 * policing body (the workflow engine) hand it over to its successor. Observers add what they moved
 * to {@code moved}.
 */
public record PolicingBodyChanged(
    long pfaId,
    long fromBodyId,
    String fromName,
    long toBodyId,
    String toName,
    LocalDate effectiveOn,
    String actor,
    Instant at,
    AtomicInteger moved) {}
