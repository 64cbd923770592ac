package org.saferpartnerships.casereview.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A victim's own request, made without signing in, for the policing body to review their case
 * review (Crime and Policing Act 2026): the case's reference and the postcode given with the
 * application, which together show the request comes from the person the case is about, and why
 * they ask.
 */
public record PublicReviewRequest(
    @NotBlank(message = "{publicReview.reference.required}")
        @Size(max = 20, message = "{publicReview.reference.required}")
        String reference,
    @NotBlank(message = "{publicReview.postcode.required}")
        @Size(max = 10, message = "{publicReview.postcode.required}")
        String postcode,
    @NotBlank(message = "{publicReview.grounds.required}")
        @Size(max = 4000, message = "{publicReview.grounds.size}")
        String grounds) {}
