package org.saferpartnerships.workflow.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.saferpartnerships.platform.mail.Email;
import org.saferpartnerships.platform.mail.MailSender;
import org.saferpartnerships.platform.mail.Outbox;
import org.saferpartnerships.platform.mail.OutboxTable;

/**
 * The e-mails of pending notifications, each in its recipient's language, through the one {@link
 * Outbox}. An e-mail carries a reference and a link, never the item's title or details.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutbox {

  static final OutboxTable NOTIFICATIONS =
      new OutboxTable(
          "Notification e-mail",
          "notification",
          "email_state",
          "Notification",
          "emailState",
          "emailAttempts",
          Notification.EmailState.SENT,
          Notification.EmailState.FAILED);

  @PersistenceContext private EntityManager em;

  @EJB private Outbox outbox;

  @Inject private MailSender sender;

  /** Sends what is pending; returns how many messages the SMTP server accepted. */
  public int sendPending() {
    return outbox.sendPending(NOTIFICATIONS, id -> mail(id).map(this::email));
  }

  private Email email(OutgoingMail mail) {
    MailTemplates.Rendered rendered = MailTemplates.render(mail, sender.publicUrl());
    return new Email(mail.email(), rendered.subject(), rendered.body(), mail.welsh(), null);
  }

  /** Everything the e-mail of a notification needs, read in one query. */
  private Optional<OutgoingMail> mail(long notificationId) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.workflow.notify.OutgoingMail(n.id, n.kind, a.email,"
                + " a.displayName, a.preferredLanguage, w.id, w.itemType, c.gssCode, c.name, c.nameCy,"
                + " w.dueOn, w.queue, n.detail) FROM Notification n, Account a, WorkItem w JOIN w.csp c"
                + " WHERE n.id = :id AND a.id = n.userId AND w.id = n.workItemId",
            OutgoingMail.class)
        .setParameter("id", notificationId)
        .getResultStream()
        .findFirst();
  }
}
