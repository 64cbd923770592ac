package org.saferpartnerships.casereview.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.saferpartnerships.workflow.routing.TargetBody;

/** A recommendation of the review: to which body, what, and by when. */
public record RecommendationRequest(
    long version,
    @NotNull(message = "{recommendation.body.required}") TargetBody targetBody,
    @NotBlank(message = "{recommendation.text.required}")
        @Size(max = 2000, message = "{recommendation.text.size}")
        String text,
    @NotNull(message = "{recommendation.dueOn.required}") LocalDate dueOn) {}
