package org.saferpartnerships.casereview;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * The review meeting a coordinator arranges once the threshold is met: when, which bodies take
 * part, an optional independent chair, how involved the victim chose to be, and whether each body
 * is sent an information request (and what is asked).
 *
 * @param version the case's version the coordinator saw
 */
public record ReviewPlan(
    long version,
    @NotNull(message = "{review.meetingOn.required}") LocalDate meetingOn,
    @NotEmpty(message = "{review.bodies.required}") Set<TargetBody> bodies,
    @Size(max = 200, message = "{review.chair.size}") String independentChair,
    @NotNull(message = "{review.involvement.required}") VictimInvolvement victimInvolvement,
    boolean requestInformation,
    @Size(max = 4000, message = "{review.informationNeeded.size}") String informationNeeded) {}
