package org.saferpartnerships.casereview.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The applicant's grounds for asking the policing body to look at their case review again. */
public record EscalationRequest(
    long version,
    @NotBlank(message = "{escalation.grounds.required}")
        @Size(max = 4000, message = "{escalation.grounds.size}")
        String grounds) {}
