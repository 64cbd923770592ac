package org.saferpartnerships.api.workflow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.ListDownload;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.workflow.WorkItemColumns;
import org.saferpartnerships.workflow.documents.AttachmentUpload;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.engine.Workflows;
import org.saferpartnerships.workflow.items.InboxFilter;
import org.saferpartnerships.workflow.items.InboxView;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItem;
import org.saferpartnerships.workflow.items.WorkItemDetail;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;
import org.saferpartnerships.workflow.sla.SlaState;

/**
 * Work items: the inbox as a paged list, one item with its history, opening an item (routed at
 * once), actions through the item's workflow, attachments. Items the caller may not see answer 404.
 */
@Path("v1/work-items")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Work items", description = "Work routed between partner organisations")
public class WorkItemResource {

  @EJB private WorkItemRepository items;

  @EJB private WorkItemService service;

  @Inject private Workflows workflows;

  @Context private UriInfo uri;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListDownload.CSV, ListDownload.XLSX, ListDownload.ODS})
  @Operation(
      summary =
          "An inbox: items held by the caller's organisations (or another view), due date first;"
              + " with format=csv, xlsx or ods every matching item as a file")
  public Response list(
      @Parameter(
              description =
                  "held (default), mine, sent, csp (coordinators) or all (administrators)")
          @QueryParam("view")
          String view,
      @Parameter(description = "Queue, e.g. ASB_SPOC or TRIAGE") @QueryParam("queue") String queue,
      @Parameter(description = "Item type, e.g. ACTION_REQUEST") @QueryParam("type") String type,
      @Parameter(description = "CSP code, e.g. E22000013") @QueryParam("csp") String csp,
      @Parameter(description = "Workflow state, e.g. ROUTED") @QueryParam("state") String state,
      @Parameter(description = "User id of the assignee, or 'none'") @QueryParam("assignee")
          String assignee,
      @Parameter(description = "on_track, due_soon, breached, paused or closed") @QueryParam("sla")
          String sla,
      @Parameter(description = "Include closed items") @QueryParam("closed") boolean closed,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "due (default), title, state, priority, type, updated")
          @QueryParam("sort")
          String sort,
      @QueryParam("dir") String direction,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format) {
    PageRequest request = Params.page(page, size, sort, direction);
    InboxFilter filter =
        new InboxFilter(
            Enums.parse(InboxView.class, "view", view),
            blankToNull(queue),
            blankToNull(type),
            Params.code(csp),
            blankToNull(state) == null ? null : state.trim().toUpperCase(Locale.ROOT),
            "none".equalsIgnoreCase(assignee)
                ? Long.valueOf(InboxFilter.UNASSIGNED)
                : Params.id("assignee", assignee),
            Enums.parse(SlaState.class, "sla", sla),
            closed);
    return ListDownload.answer(
        format,
        "work-items",
        "Work items",
        WorkItemColumns.of(Columns.Words.CODES),
        request,
        each -> items.inbox(filter, each));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One item with its SLA, history, attachments and the actions open to the caller")
  public WorkItemDetail get(@PathParam("id") String id) {
    long itemId = itemId(id);
    return items.detail(itemId).orElseThrow(() -> notFound(itemId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open an item for a CSP in the caller's scope; routing rules choose where it goes")
  public Response open(OpenBody body) {
    Params.required(body);
    String type = body.type() == null ? null : body.type().trim().toUpperCase(Locale.ROOT);
    if (workflows.find(type).filter(workflow -> !workflow.openedByHand()).isPresent()) {
      throw new ServiceException("workflow.notByHand");
    }
    long id =
        service.open(
            new OpenRequest(
                type,
                body.csp(),
                body.title(),
                body.details(),
                Enums.parse(TargetBody.class, "targetBody", body.targetBody()),
                Enums.parse(Priority.class, "priority", body.priority()),
                null));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(items.detail(id).orElseThrow())
        .build();
  }

  @POST
  @Path("{id}/actions/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Take an action (claim, complete, reassign, return, note, pause, resume…) allowed by the"
              + " item's workflow; 409 if the item changed since the version sent. Answers the item"
              + " as it now is, or 204 if the action took it out of the caller's sight (returned,"
              + " escalated away)")
  public Response act(
      @PathParam("id") String id, @PathParam("action") String action, ActionBody body) {
    long itemId = itemId(id);
    ActionBody given = body == null ? new ActionBody(null, null, null, null) : body;
    service.act(
        itemId,
        action.trim().toUpperCase(Locale.ROOT),
        new ActionInput(given.note(), given.reason(), given.assignee(), given.version()));
    return items
        .detail(itemId)
        .map(detail -> Response.ok(detail).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Attach a document (PDF, Office, OpenDocument, text, CSV, PNG, JPEG; up to 10 MB)")
  public Response attach(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
    long itemId = itemId(id);
    long attachment = service.attach(itemId, FileTransfer.upload(parts));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attachment)).build())
        .entity(items.detail(itemId).orElseThrow())
        .build();
  }

  @GET
  @Path("{id}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an attachment")
  public Response download(@PathParam("id") String id, @PathParam("attachment") String attachment) {
    AttachmentUpload file = service.attachment(itemId(id), Params.id("attachment", attachment));
    return FileTransfer.attachment(file.content(), file.contentType(), file.safeFileName());
  }

  private static long itemId(String id) {
    String digits = id.toUpperCase(Locale.ROOT).startsWith("WI-") ? id.substring(3) : id;
    Long value = Params.id("id", digits);
    if (value == null) {
      throw new InvalidParameterException("id", id);
    }
    return value;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("notFound.workItem", WorkItem.reference(id));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
