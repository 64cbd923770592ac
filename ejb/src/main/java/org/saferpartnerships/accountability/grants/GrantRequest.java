package org.saferpartnerships.accountability.grants;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant as the policing body's office records it; {@code cspCode} when the recipient is a CSP.
 */
public record GrantRequest(
    @NotBlank(message = "{grant.pfa.required}") String pfaCode,
    String cspCode,
    @NotBlank(message = "{grant.recipient.required}")
        @Size(max = 200, message = "{grant.recipient.size}")
        String recipient,
    @NotBlank(message = "{grant.purpose.required}")
        @Size(max = 500, message = "{grant.purpose.size}")
        String purpose,
    @NotNull(message = "{grant.amount.required}")
        @DecimalMin(value = "0.01", message = "{grant.amount.range}")
        @DecimalMax(value = "9999999999.99", message = "{grant.amount.range}")
        @Digits(integer = 10, fraction = 2, message = "{grant.amount.range}")
        BigDecimal amount,
    @Min(value = 2012, message = "{grant.year.range}")
        @Max(value = 2100, message = "{grant.year.range}")
        int financialYear,
    @NotNull(message = "{grant.awardedOn.required}") LocalDate awardedOn,
    @Size(max = 4000, message = "{grant.conditions.size}") String conditions,
    LocalDate monitoringDueOn,
    @DecimalMin(value = "0.00", message = "{grant.repaid.range}")
        @Digits(integer = 10, fraction = 2, message = "{grant.repaid.range}")
        BigDecimal repaidAmount,
    @Size(max = 1000, message = "{grant.repaymentNote.size}") String repaymentNote,
    Long version)
    implements Serializable {}
