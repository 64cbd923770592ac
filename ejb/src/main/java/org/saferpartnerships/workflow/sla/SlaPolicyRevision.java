package org.saferpartnerships.workflow.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's change to a policy: the terms new items will start under. */
public record SlaPolicyRevision(
    @NotBlank(message = "{slaPolicy.name.required}") @Size(max = 200) String name,
    @NotBlank(message = "{slaPolicy.name.required}") @Size(max = 200) String nameCy,
    @NotNull(message = "{slaPolicy.dayKind.required}") DayKind dayKind,
    @Min(value = 1, message = "{slaPolicy.days.range}")
        @Max(value = 365, message = "{slaPolicy.days.range}")
        int dueDays,
    @Min(value = 0, message = "{slaPolicy.days.range}")
        @Max(value = 365, message = "{slaPolicy.days.range}")
        int warnDays) {}
