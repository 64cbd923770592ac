package org.saferpartnerships.workflow.routing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.saferpartnerships.workflow.engine.Destination;
import org.saferpartnerships.workflow.engine.Priority;

/**
 * What an administrator writes to add or revise a routing rule. A rule to a named organisation must
 * name it; a rule to "the CSP's body" must not.
 */
public record RoutingRuleDefinition(
    @NotBlank(message = "{routingRule.key.pattern}")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "{routingRule.key.pattern}")
        String key,
    @NotBlank(message = "{routingRule.description.required}")
        @Size(max = 500, message = "{routingRule.description.size}")
        String description,
    @Size(max = 500, message = "{routingRule.description.size}") String descriptionCy,
    String itemType,
    String cspCode,
    String pfaCode,
    TargetBody targetBody,
    Priority priority,
    @Min(value = 0, message = "{routingRule.precedence.range}")
        @Max(value = 100000, message = "{routingRule.precedence.range}")
        int precedence,
    @NotNull(message = "{routingRule.destination.required}") Destination destination,
    Long organisationId,
    @NotBlank(message = "{routingRule.queue.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "{queue.pattern}")
        String queue) {}
