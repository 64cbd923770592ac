package org.saferpartnerships.workflow.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import org.saferpartnerships.workflow.engine.Destination;
import org.saferpartnerships.workflow.engine.Priority;

/**
 * One revision of a routing rule. Revisions are never edited: a change retires the active revision
 * and adds the next, so a routing decision's rule id always shows the rule as it was. The match
 * fields left empty match anything.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "{routingRule.key.pattern}")
  @Column(name = "rule_key", nullable = false, updatable = false)
  private String key;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @NotBlank(message = "{routingRule.description.required}")
  @Size(max = 500, message = "{routingRule.description.size}")
  @Column(name = "description", nullable = false, updatable = false)
  private String description;

  @Size(max = 500, message = "{routingRule.description.size}")
  @Column(name = "description_cy", updatable = false)
  private String descriptionCy;

  @Column(name = "item_type", updatable = false)
  private String itemType;

  @Column(name = "csp_id", updatable = false)
  private Long cspId;

  @Column(name = "pfa_id", updatable = false)
  private Long pfaId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_body", updatable = false)
  private TargetBody targetBody;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", updatable = false)
  private Priority priority;

  @Column(name = "precedence", nullable = false, updatable = false)
  private int precedence;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "destination", nullable = false, updatable = false)
  private Destination destination;

  @Column(name = "organisation_id", updatable = false)
  private Long organisationId;

  @NotBlank(message = "{routingRule.queue.required}")
  @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "{queue.pattern}")
  @Column(name = "queue", nullable = false, updatable = false)
  private String queue;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_by")
  private String retiredBy;

  protected RoutingRule() {}

  /** A new revision from a definition; active until retired. */
  public RoutingRule(
      RoutingRuleDefinition definition,
      Long cspId,
      Long pfaId,
      int revision,
      Instant at,
      String by) {
    this.key = definition.key();
    this.revision = revision;
    this.description = definition.description();
    this.descriptionCy = definition.descriptionCy();
    this.itemType = definition.itemType();
    this.cspId = cspId;
    this.pfaId = pfaId;
    this.targetBody = definition.targetBody();
    this.priority = definition.priority();
    this.precedence = definition.precedence();
    this.destination = definition.destination();
    this.organisationId = definition.organisationId();
    this.queue = definition.queue();
    this.active = true;
    this.createdAt = at;
    this.createdBy = by;
  }

  public boolean matches(RouteRequest request) {
    return (itemType == null || itemType.equals(request.itemType()))
        && (cspId == null || cspId == request.cspId())
        && (pfaId == null || pfaId.equals(request.pfaId()))
        && (targetBody == null || targetBody == request.targetBody())
        && (priority == null || priority == request.priority());
  }

  /** How many match fields the rule fills in: the more, the more specific. */
  public int specificity() {
    return (int)
        Stream.of(itemType, cspId, pfaId, targetBody, priority).filter(Objects::nonNull).count();
  }

  public void retire(Instant at, String by) {
    this.active = false;
    this.retiredAt = at;
    this.retiredBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public int getRevision() {
    return revision;
  }

  public String getDescription() {
    return description;
  }

  public String getDescriptionCy() {
    return descriptionCy;
  }

  public String getItemType() {
    return itemType;
  }

  public Long getCspId() {
    return cspId;
  }

  public Long getPfaId() {
    return pfaId;
  }

  public TargetBody getTargetBody() {
    return targetBody;
  }

  public Priority getPriority() {
    return priority;
  }

  public int getPrecedence() {
    return precedence;
  }

  public Destination getDestination() {
    return destination;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getQueue() {
    return queue;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }
}
