package org.saferpartnerships.casereview.risk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.saferpartnerships.workflow.engine.Priority;

/**
 * A band of a risk form: totals of {@code minScore} or more (up to the next band) set this priority
 * and this threshold decision SLA policy.
 */
public record RiskBandTerms(
    @Min(0) int minScore,
    @NotBlank @Size(max = 100) String labelEn,
    @NotBlank @Size(max = 100) String labelCy,
    @NotNull Priority priority,
    @NotBlank @Size(max = 60) String slaPolicyCode)
    implements java.io.Serializable {}
