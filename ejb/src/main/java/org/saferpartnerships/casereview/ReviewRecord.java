package org.saferpartnerships.casereview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** That the review meeting was held, when, and what it concluded. */
public record ReviewRecord(
    long version,
    @NotNull(message = "{review.heldOn.required}") LocalDate heldOn,
    @NotBlank(message = "{review.summary.required}")
        @Size(max = 4000, message = "{review.summary.size}")
        String summary) {}
