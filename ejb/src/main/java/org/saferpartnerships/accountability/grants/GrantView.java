package org.saferpartnerships.accountability.grants;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the grant register, as published. */
public record GrantView(
    long id,
    String pfaCode,
    String pfaName,
    String bodyName,
    String bodyNameCy,
    String cspCode,
    String cspName,
    String cspNameCy,
    String recipient,
    String purpose,
    BigDecimal amount,
    int financialYear,
    LocalDate awardedOn,
    String conditions,
    LocalDate monitoringDueOn,
    BigDecimal repaidAmount,
    String repaymentNote,
    long version)
    implements Serializable {}
