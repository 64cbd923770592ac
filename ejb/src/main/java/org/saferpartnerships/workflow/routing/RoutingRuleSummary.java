package org.saferpartnerships.workflow.routing;

import java.time.Instant;
import org.saferpartnerships.workflow.engine.Destination;
import org.saferpartnerships.workflow.engine.Priority;

/** A routing rule revision as the admin page and API list it, with areas and organisation named. */
public record RoutingRuleSummary(
    long id,
    String key,
    int revision,
    String description,
    String descriptionCy,
    String itemType,
    String cspCode,
    String cspName,
    String pfaCode,
    String pfaName,
    TargetBody targetBody,
    Priority priority,
    int precedence,
    Destination destination,
    Long organisationId,
    String organisationName,
    String queue,
    boolean active,
    Instant createdAt,
    String createdBy,
    Instant retiredAt) {}
