package org.saferpartnerships.web.workflow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.saferpartnerships.workflow.notify.NotificationService;

/** The unread count on the header's inbox link: one query per page, none for signed-out pages. */
@Named
@RequestScoped
public class NotificationBadge {

  @EJB private NotificationService notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unread();
    }
    return unread;
  }
}
