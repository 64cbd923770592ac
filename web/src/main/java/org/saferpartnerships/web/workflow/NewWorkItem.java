package org.saferpartnerships.web.workflow;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItem;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Sending work to a partner (workflow/new.xhtml): the kind of item, the CSP (one of the user's),
 * who it is for and what is needed. Routing picks the organisation and queue; the user lands on the
 * new item's page, which says where it went and why.
 */
@Named
@ViewScoped
public class NewWorkItem implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient WorkItemService service;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient Workflows workflows;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private String type = "ACTION_REQUEST";
  private String csp;
  private String targetBody;
  private String priority = "NORMAL";
  private String title;
  private String details;

  @ShowsRefusal
  public String open() {
    long id;
    id =
        service.open(
            new OpenRequest(
                type,
                csp,
                title,
                details,
                targetBody == null ? null : TargetBody.valueOf(targetBody),
                priority == null ? Priority.NORMAL : Priority.valueOf(priority),
                null));
    messages.info("newItem.sent", WorkItem.reference(id));
    return "/workflow/item?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getTypeOptions() {
    return Options.typesOpenedByHand(workflows, messages);
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  public List<SelectItem> getTargetOptions() {
    return Options.of(TargetBody.class, "targetBody.", messages);
  }

  public List<SelectItem> getPriorityOptions() {
    return Options.of(Priority.class, "priority.", messages);
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }
}
