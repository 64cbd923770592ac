package org.saferpartnerships.casereview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing a case, with the reason explained to the victim. */
public record Closure(
    long version,
    @NotBlank(message = "{closure.reason.required}")
        @Size(max = 2000, message = "{closure.reason.size}")
        String reason) {}
