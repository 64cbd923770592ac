package org.saferpartnerships.workflow.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saferpartnerships.platform.mail.MailSender;

/**
 * Sends the e-mails of pending notifications through the SMTP server named in configuration, each
 * in its recipient's language. At least once: a message is marked sent only after the server took
 * it; a node that dies between the two leaves a lease that expires, and the message is sent again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutbox {

  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
  private static final int BATCH = 50;

  @EJB private OutboxRows rows;

  @Inject private MailSender sender;

  /** Sends what is pending; returns how many messages the SMTP server accepted. */
  public int sendPending() {
    if (!sender.isEnabled()) {
      return 0;
    }
    int sent = 0;
    List<Long> claimed;
    do {
      claimed = rows.claim(BATCH);
      for (long id : claimed) {
        Optional<OutgoingMail> mail = rows.mail(id);
        if (mail.isEmpty() || mail.get().email() == null) {
          rows.failed(id, "no address");
          continue;
        }
        try {
          send(mail.get());
          rows.sent(id);
          sent++;
        } catch (MessagingException | RuntimeException e) {
          LOG.log(Level.WARNING, "Notification e-mail " + id + " not sent: " + e.getMessage());
          rows.failed(id, e.getMessage());
        }
      }
    } while (claimed.size() == BATCH);
    return sent;
  }

  private void send(OutgoingMail mail) throws MessagingException {
    MailTemplates.Rendered rendered = MailTemplates.render(mail, sender.publicUrl());
    sender.send(mail.email(), rendered.subject(), rendered.body(), mail.welsh());
  }
}
