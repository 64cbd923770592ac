package org.saferpartnerships.web.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.documents.AttachmentUpload;
import org.saferpartnerships.workflow.documents.DocumentRules;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.items.WorkItem;
import org.saferpartnerships.workflow.items.WorkItemDetail;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.items.WorkItemSubject;
import org.saferpartnerships.workflow.items.WorkItemSubjects;

/**
 * An item's page (workflow/item.xhtml?id=): what it is, who holds it, its SLA, the actions the user
 * may take now (buttons from the workflow's table, with the note, reason and colleague they need),
 * attachments and the full history. A refused action shows why and changes nothing; an action that
 * takes the item out of the user's sight returns them to their inbox.
 */
@Named
@ViewScoped
public class WorkItemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient WorkItemRepository items;

  @EJB private transient WorkItemService service;

  @Inject private transient PageMessages messages;

  @Inject private transient Workflows workflows;

  @Inject @Any private transient Instance<WorkItemSubjects> subjects;

  /** Actions that step back, aside or out: never the page's one primary button. */
  private static final Set<String> SECONDARY =
      Set.of(
          Actions.CANCEL,
          Actions.RETURN,
          "REFUSE",
          Actions.RELEASE,
          Actions.PAUSE,
          Actions.RESUME,
          Actions.REASSIGN,
          "DECLINE",
          "WITHDRAW",
          "NOT_UPHOLD");

  private Long id;
  private WorkItemDetail item;
  private WorkItemSubject subject;
  private String note;
  private String reason;
  private Long assignee;
  private transient Part upload;

  /** Loads the item, or shows the not-found page: an item the user may not see does not exist. */
  public String load() {
    item = id == null ? null : items.detail(id).orElse(null);
    if (item == null) {
      return Hidden.notFound();
    }
    subject = null;
    for (WorkItemSubjects context : subjects) {
      Optional<WorkItemSubject> found = context.about(id);
      if (found.isPresent()) {
        subject = found.get();
        break;
      }
    }
    return null;
  }

  /** What the item is about (a submission, a case, a meeting…), or null when it is about itself. */
  public WorkItemSubject getSubject() {
    return subject;
  }

  /**
   * The one action drawn as the page's primary button: the first of the workflow's table that moves
   * the work on; stepping back, aside or out is drawn as secondary.
   */
  public String getPrimaryAction() {
    return getButtons().stream()
        .filter(action -> !SECONDARY.contains(action))
        .findFirst()
        .orElse(null);
  }

  public String act(String action) {
    try {
      service.act(id, action, new ActionInput(note, reason, assignee, item.version()));
    } catch (ServiceException refusal) {
      messages.refused(fieldFor(refusal), refusal);
      return null;
    } catch (EJBException failure) {
      messages.invalid("actions:note", failure);
      return null;
    }
    note = null;
    reason = null;
    assignee = null;
    String reference = WorkItem.reference(id);
    Optional<WorkItemDetail> after = items.detail(id);
    if (after.isEmpty()) {
      messages.info("item.gone", reference, messages.text("workflow.action." + action));
      return "/workflow/inbox?faces-redirect=true";
    }
    messages.info(
        "item.done",
        messages.text("workflow.action." + action),
        reference,
        messages.text("workflow.state." + after.get().state()));
    return "/workflow/item?faces-redirect=true&id=" + id;
  }

  @ShowsRefusal("actions:file")
  public String attach() {
    String name = upload == null ? null : upload.getSubmittedFileName();
    if (name == null || name.isBlank()) {
      messages.error("actions:file", "item.attach.choose");
      return null;
    }
    try (InputStream in = upload.getInputStream()) {
      byte[] content = in.readNBytes(DocumentRules.MAX_BYTES + 1);
      service.attach(id, new AttachmentUpload(name, upload.getContentType(), content));
    } catch (IOException unreadable) {
      messages.error("actions:file", "item.attach.choose");
      return null;
    }
    messages.info("item.attached", name);
    return "/workflow/item?faces-redirect=true&id=" + id;
  }

  public StreamedContent download(long attachmentId) {
    AttachmentUpload file = service.attachment(id, attachmentId);
    return DefaultStreamedContent.builder()
        .name(file.safeFileName())
        .contentType(file.contentType())
        .contentLength((long) file.size())
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  private static String fieldFor(ServiceException refusal) {
    return switch (refusal.key()) {
      case "workflow.reasonRequired", "workflow.outcomeRequired" -> "actions:reason";
      case "workflow.noteRequired" -> "actions:note";
      case "workflow.assigneeRequired", "workflow.assigneeNotInOrganisation" -> "actions:assignee";
      default -> null;
    };
  }

  public boolean isNeedsReason() {
    return item.available().stream()
        .anyMatch(
            row ->
                row.requirements().contains(Requirement.REASON)
                    || row.requirements().contains(Requirement.OUTCOME));
  }

  public boolean isCanReassign() {
    return item.may(Actions.REASSIGN);
  }

  public boolean isCanNote() {
    return item.may(Actions.NOTE);
  }

  public boolean isCanAttach() {
    return item.may(Actions.ATTACH);
  }

  /** The buttons: every available action but note and attach, which have their own controls. */
  public java.util.List<String> getButtons() {
    return item.available().stream()
        .map(row -> row.action())
        .filter(a -> !a.equals(Actions.NOTE) && !a.equals(Actions.ATTACH))
        .toList();
  }

  /**
   * The question asked before an action that closes the item for good (to a final state of its
   * workflow): what will happen, and that it cannot be undone. Empty for any other action.
   */
  public String confirmation(String action) {
    boolean closes =
        item.available().stream()
            .filter(row -> row.action().equals(action))
            .anyMatch(
                row -> workflows.find(item.itemType()).map(w -> w.isFinal(row.to())).orElse(false));
    if (!closes) {
      return "";
    }
    return messages.text(
        "item.confirmFinal", messages.text("workflow.action." + action), item.reference());
  }

  public WorkItemDetail getItem() {
    return item;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
