package org.saferpartnerships.web.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.platform.ServiceException;
import org.saferpartnerships.platform.Violations;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.workflow.Destination;
import org.saferpartnerships.workflow.Priority;
import org.saferpartnerships.workflow.RoutingRuleDefinition;
import org.saferpartnerships.workflow.RoutingRuleService;
import org.saferpartnerships.workflow.RoutingRuleSummary;
import org.saferpartnerships.workflow.TargetBody;
import org.saferpartnerships.workflow.Workflows;

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

  public List<RoutingRuleSummary> getActive() {
    if (active == null) {
      active = rules.active();
    }
    return active;
  }

  public void add() {
    try {
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
    } catch (ServiceException refusal) {
      messages.refused(null, refusal);
      return;
    } catch (EJBException failure) {
      var invalid = Violations.find(failure).orElseThrow(() -> failure);
      Violations.messages(invalid, messages.locale())
          .forEach(text -> messages.errorText(null, text));
      return;
    }
    messages.info("routingRules.added", key);
    key = null;
    description = null;
    descriptionCy = null;
    queue = null;
    active = null;
  }

  public void retire(String ruleKey) {
    try {
      rules.retire(ruleKey);
      messages.info("routingRules.retired", ruleKey);
    } catch (ServiceException refusal) {
      messages.refused(null, refusal);
    }
    active = null;
  }

  public List<SelectItem> getTypeOptions() {
    return workflows.all().stream()
        .map(w -> new SelectItem(w.type(), messages.text("workflow.type." + w.type())))
        .toList();
  }

  public List<SelectItem> getTargetOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (TargetBody body : TargetBody.values()) {
      options.add(new SelectItem(body.name(), messages.text("targetBody." + body)));
    }
    return options;
  }

  public List<SelectItem> getPriorityOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (Priority value : Priority.values()) {
      options.add(new SelectItem(value.name(), messages.text("priority." + value)));
    }
    return options;
  }

  public List<SelectItem> getDestinationOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (Destination value : Destination.values()) {
      options.add(new SelectItem(value.name(), messages.text("destination." + value)));
    }
    return options;
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
