package org.saferpartnerships.api.workflow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.workflow.notify.NotificationService;
import org.saferpartnerships.workflow.notify.NotificationSummary;

/** The caller's notifications: newest first, the unread count, and marking them read. */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Work items")
public class NotificationResource {

  @EJB private NotificationService notifications;

  @GET
  @Operation(summary = "The caller's notifications, newest first")
  public PageResponse<NotificationSummary> list(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(notifications.mine(request), request);
  }

  @GET
  @Path("unread")
  @Operation(summary = "How many of the caller's notifications are unread")
  public Map<String, Long> unread() {
    return Map.of("unread", notifications.unread());
  }

  @POST
  @Path("read")
  @Operation(summary = "Mark all the caller's notifications read")
  public Map<String, Integer> markAllRead() {
    return Map.of("marked", notifications.markAllRead());
  }
}
