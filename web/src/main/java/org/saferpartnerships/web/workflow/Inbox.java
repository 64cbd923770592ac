package org.saferpartnerships.web.workflow;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.PagedModel;
import org.saferpartnerships.web.account.CurrentUser;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.items.Colleague;
import org.saferpartnerships.workflow.items.InboxFilter;
import org.saferpartnerships.workflow.items.InboxView;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemSummary;
import org.saferpartnerships.workflow.notify.NotificationService;
import org.saferpartnerships.workflow.notify.NotificationSummary;
import org.saferpartnerships.workflow.sla.SlaState;

/**
 * The inbox (workflow/inbox.xhtml): items held by the user's organisation, assigned to them, sent
 * by them, or for coordinators every item of their CSP, due date first, with SLA state in words and
 * colour; filters by queue, type, CSP, state, assignee and SLA, paged in the database. Above it the
 * user's unread notifications.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient WorkItemRepository items;

  @EJB private transient NotificationService notifications;

  @Inject private transient Workflows workflows;

  @Inject private transient PageMessages messages;

  @Inject private CurrentUser user;

  @Inject private transient Queues queues;

  private String view = "HELD";
  private String queue;
  private String type;
  private String csp;
  private String state;
  private Long assignee;
  private String sla;
  private transient List<NotificationSummary> unread;

  private final PagedModel<WorkItemSummary> model =
      new PagedModel<>(page -> items.inbox(filter(), page), row -> String.valueOf(row.id()));

  InboxFilter filter() {
    return new InboxFilter(
        parse(InboxView.class, view, InboxView.HELD),
        blank(queue),
        blank(type),
        blank(csp),
        blank(state),
        assignee,
        parse(SlaState.class, sla, null),
        false);
  }

  /** Every item the filters match, as CSV, XLSX or ODS, due date first as on the page. */
  public StreamedContent download(String format) {
    InboxFilter chosen = filter();
    return TableDownload.of(
        format,
        "inbox",
        messages.text("inbox.title"),
        WorkItemColumns.of(Columns.Words.of(messages)),
        messages,
        n -> items.inbox(chosen, TableDownload.page(n, "due", false)));
  }

  public void apply() {
    // the table re-reads its first page with the filters as they now are
  }

  public void clear() {
    view = "HELD";
    queue = null;
    type = null;
    csp = null;
    state = null;
    assignee = null;
    sla = null;
  }

  public void markAllRead() {
    int marked = notifications.markAllRead();
    unread = null;
    messages.info("inbox.markedRead", marked);
  }

  public List<NotificationSummary> getUnread() {
    if (unread == null) {
      Page<NotificationSummary> page = notifications.mine(PageRequest.of(0, 10));
      unread = page.items().stream().filter(n -> !n.read()).toList();
    }
    return unread;
  }

  public long getUnreadCount() {
    return notifications.unread();
  }

  public List<SelectItem> getViewOptions() {
    List<SelectItem> options = new ArrayList<>();
    options.add(new SelectItem("HELD", messages.text("inbox.view.HELD")));
    options.add(new SelectItem("MINE", messages.text("inbox.view.MINE")));
    options.add(new SelectItem("SENT", messages.text("inbox.view.SENT")));
    if (user.isCoordinator()) {
      options.add(new SelectItem("CSP", messages.text("inbox.view.CSP")));
    }
    if (user.isAdmin()) {
      options.add(new SelectItem("ALL", messages.text("inbox.view.ALL")));
    }
    return options;
  }

  /** The queues of the caller's organisations, by name, each sent as its code. */
  public List<SelectItem> getQueueOptions() {
    return items.queues().stream().map(code -> new SelectItem(code, queues.name(code))).toList();
  }

  public List<SelectItem> getTypeOptions() {
    return Options.itemTypes(workflows, messages);
  }

  public List<SelectItem> getStateOptions() {
    List<SelectItem> options = new ArrayList<>();
    workflows.all().stream()
        .flatMap(w -> w.states().stream())
        .distinct()
        .forEach(s -> options.add(new SelectItem(s, messages.text("workflow.state." + s))));
    return options;
  }

  public List<SelectItem> getSlaOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (SlaState value :
        List.of(SlaState.BREACHED, SlaState.DUE_SOON, SlaState.ON_TRACK, SlaState.PAUSED)) {
      options.add(new SelectItem(value.name(), messages.text("sla." + value)));
    }
    return options;
  }

  public List<SelectItem> getAssigneeOptions() {
    List<SelectItem> options = new ArrayList<>();
    options.add(new SelectItem(InboxFilter.UNASSIGNED, messages.text("inbox.unassigned")));
    for (Colleague colleague : items.colleaguesOfCaller()) {
      options.add(new SelectItem(colleague.id(), colleague.displayName()));
    }
    return options;
  }

  public PagedModel<WorkItemSummary> getModel() {
    return model;
  }

  public long getTotal() {
    return model.total();
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, E otherwise) {
    try {
      return value == null || value.isBlank() ? otherwise : Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      return otherwise;
    }
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
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

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }

  public String getSla() {
    return sla;
  }

  public void setSla(String sla) {
    this.sla = sla;
  }
}
