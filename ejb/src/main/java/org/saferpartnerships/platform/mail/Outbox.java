package org.saferpartnerships.platform.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one outbox every kind of e-mail goes through (notifications, messages to applicants): claims
 * pending rows in batches with {@code SKIP LOCKED} and a lease, composes each, sends it outside any
 * transaction, then marks it sent or failed (retried when the lease runs out, given up after {@link
 * OutboxRows#MAX_ATTEMPTS}). At least once: a message is marked sent only after the SMTP server
 * took it; a node that dies between the two leaves a lease that expires, and it is sent again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
  private static final int BATCH = 50;

  @EJB private OutboxRows rows;

  @Inject private MailSender sender;

  /**
   * Sends what is pending in the table; {@code compose} builds the e-mail of a row (empty, or no
   * address: the row fails). Returns how many messages the SMTP server accepted.
   */
  public int sendPending(OutboxTable outbox, LongFunction<Optional<Email>> compose) {
    if (!sender.isEnabled()) {
      return 0;
    }
    int sent = 0;
    List<Long> claimed;
    do {
      claimed = rows.claim(outbox, BATCH);
      for (long id : claimed) {
        if (send(outbox, id, compose)) {
          sent++;
        }
      }
    } while (claimed.size() == BATCH);
    return sent;
  }

  private boolean send(OutboxTable outbox, long id, LongFunction<Optional<Email>> compose) {
    try {
      Optional<Email> email = compose.apply(id);
      if (email.isEmpty() || email.get().to() == null) {
        rows.failed(outbox, id, "no address");
        return false;
      }
      Email e = email.get();
      sender.send(e.to(), e.subject(), e.body(), e.welsh(), e.attachment());
      rows.sent(outbox, id);
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, outbox.name() + " " + id + " not sent: " + e.getMessage());
      rows.failed(outbox, id, e.getMessage());
      return false;
    }
  }
}
