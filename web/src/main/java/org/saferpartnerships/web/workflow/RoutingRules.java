package org.saferpartnerships.web.workflow;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;
import org.saferpartnerships.workflow.engine.Destination;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.routing.RoutingRuleDefinition;
import org.saferpartnerships.workflow.routing.RoutingRuleService;
import org.saferpartnerships.workflow.routing.RoutingRuleSummary;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Routing rules for administrators (admin/routing-rules.xhtml): the active rules in the order they
 * are tried, adding a rule that sends a target body's work for a CSP or force area to "that body"
 * or to a named organisation, and retiring a rule. Every change is a new revision; items keep the
 * revision that routed them.
 */
@Named
@ViewScoped
public class RoutingRules implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient RoutingRuleService rules;

  @Inject private transient Workflows workflows;

  @Inject private transient PageMessages messages;

  private String key;
  private String description;
  private String descriptionCy;
  private String itemType;
  private String csp;
  private String pfa;
  private String targetBody;
  private String priority;
  private Integer precedence = 100;
  private String destination = "CSP_BODY";
  private Long organisationId;
  private String queue;
  private transient List<RoutingRuleSummary> active;

  /** The active rules in the order they are tried, as CSV, XLSX or ODS. */
  public StreamedContent download(String format) {
    Columns.Words words = Columns.Words.of(messages);
    Columns<RoutingRuleSummary> columns =
        new Columns<RoutingRuleSummary>()
            .add("precedence", "routingRules.precedence", RoutingRuleSummary::precedence)
            .add("key", "routingRules.rule", RoutingRuleSummary::key)
            .add("revision", "item.revision", RoutingRuleSummary::revision)
            .add(
                "description",
                "column.description",
                r -> words.name(r.description(), r.descriptionCy()))
            .add("item_type", "column.type", r -> words.of("workflow.type.", r.itemType()))
            .add("target_body", "item.target", r -> words.of("targetBody.", r.targetBody()))
            .add("csp_code", "column.cspCode", RoutingRuleSummary::cspCode)
            .add("pfa_code", "column.forceAreaCode", RoutingRuleSummary::pfaCode)
            .add("priority", "column.priority", r -> words.of("priority.", r.priority()))
            .add(
                "destination",
                "routingRules.sendsTo",
                r -> words.of("destination.", r.destination()))
            .add("organisation", "column.organisation", RoutingRuleSummary::organisationName)
            .add("queue", "column.queue", r -> words.named("queue.", r.queue()))
            .add("created_at", "column.createdAt", r -> r.createdAt().toString())
            .add("created_by", "column.createdBy", RoutingRuleSummary::createdBy);
    List<RoutingRuleSummary> rows = getActive();
    return TableDownload.of(
        format,
        "routing-rules",
        messages.text("routingRules.title"),
        columns,
        messages,
        n -> n == 0 ? new Page<>(rows, rows.size()) : new Page<>(List.of(), rows.size()));
  }

  public List<RoutingRuleSummary> getActive() {
    if (active == null) {
      active = rules.active();
    }
    return active;
  }

  @ShowsRefusal
  public void add() {
    rules.add(
        new RoutingRuleDefinition(
            key == null ? null : key.trim(),
            description,
            descriptionCy,
            blank(itemType),
            blank(csp),
            blank(pfa),
            blank(targetBody) == null ? null : TargetBody.valueOf(targetBody),
            blank(priority) == null ? null : Priority.valueOf(priority),
            precedence == null ? 100 : precedence,
            blank(destination) == null ? null : Destination.valueOf(destination),
            organisationId,
            queue == null ? null : queue.trim()));
    messages.info("routingRules.added", key);
    key = null;
    description = null;
    descriptionCy = null;
    queue = null;
    active = null;
  }

  @ShowsRefusal
  public void retire(String ruleKey) {
    rules.retire(ruleKey);
    messages.info("routingRules.retired", ruleKey);
    active = null;
  }

  public List<SelectItem> getTypeOptions() {
    return Options.itemTypes(workflows, messages);
  }

  public List<SelectItem> getTargetOptions() {
    return Options.of(TargetBody.class, "targetBody.", messages);
  }

  public List<SelectItem> getPriorityOptions() {
    return Options.of(Priority.class, "priority.", messages);
  }

  public List<SelectItem> getDestinationOptions() {
    return Options.of(Destination.class, "destination.", messages);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDescriptionCy() {
    return descriptionCy;
  }

  public void setDescriptionCy(String descriptionCy) {
    this.descriptionCy = descriptionCy;
  }

  public String getItemType() {
    return itemType;
  }

  public void setItemType(String itemType) {
    this.itemType = itemType;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getPfa() {
    return pfa;
  }

  public void setPfa(String pfa) {
    this.pfa = pfa;
  }

  public String getTargetBody() {
    return targetBody;
  }

  public void setTargetBody(String targetBody) {
    this.targetBody = targetBody;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public Integer getPrecedence() {
    return precedence;
  }

  public void setPrecedence(Integer precedence) {
    this.precedence = precedence;
  }

  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }
}
