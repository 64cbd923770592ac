package org.saferpartnerships.account.apitokens;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A token to make: what it is for (its name) and for how many days it works. */
public record TokenRequest(
    @NotBlank(message = "{token.name.required}") @Size(max = 100, message = "{token.name.size}")
        String name,
    @Min(value = 1, message = "{token.days.range}")
        @Max(value = PersonalAccessTokens.MAX_DAYS, message = "{token.days.range}")
        int days) {}
