package org.saferpartnerships.workflow.notify;

import java.time.LocalDate;

/**
 * What one notification e-mail says. Deliberately without the item's title or details: e-mail
 * leaves the system's protection, so it carries a reference and a link, never personal data.
 */
public record OutgoingMail(
    long notificationId,
    NotificationKind kind,
    String email,
    String displayName,
    String language,
    long itemId,
    String itemType,
    String cspCode,
    String cspName,
    String cspNameCy,
    LocalDate dueOn,
    String queue,
    String detail) {

  public boolean welsh() {
    return "cy".equals(language);
  }
}
