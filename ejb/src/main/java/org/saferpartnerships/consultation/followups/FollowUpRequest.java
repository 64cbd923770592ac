package org.saferpartnerships.consultation.followups;

import java.time.LocalDate;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A follow-up to raise from a theme: the CSP (GSS code) whose partner is responsible, the kind of
 * body it is (routing names the organisation), what is asked and, if the sender sets one, when by.
 */
public record FollowUpRequest(
    String cspCode, TargetBody targetBody, String title, String details, LocalDate dueOn) {}
