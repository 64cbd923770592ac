package org.saferpartnerships.casereview.letters;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saferpartnerships.platform.mail.MailSender;
import org.saferpartnerships.platform.time.MinutePassed;

/**
 * Sends the pending messages to applicants, each in the language the applicant chose, once a minute
 * (and when tests ask). At least once: a message is marked sent only after the SMTP server took it.
 * The e-mail carries the reference and what happens next, never the details of the case.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseMailOutbox {

  private static final Logger LOG = Logger.getLogger(CaseMailOutbox.class.getName());
  private static final int BATCH = 50;
  private static final String BUNDLE = "org.saferpartnerships.casereview.case_mail";

  @EJB private CaseMessageRows rows;

  @Inject private MailSender sender;

  public void onMinute(@Observes MinutePassed minute) {
    sendPending();
  }

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
        Optional<OutgoingCaseMessage> message = rows.message(id);
        if (message.isEmpty() || message.get().toAddress() == null) {
          rows.failed(id, "no address");
          continue;
        }
        try {
          send(message.get());
          rows.sent(id);
          sent++;
        } catch (MessagingException | RuntimeException e) {
          LOG.log(Level.WARNING, "Case message " + id + " not sent: " + e.getMessage());
          rows.failed(id, e.getMessage());
        }
      }
    } while (claimed.size() == BATCH);
    return sent;
  }

  private void send(OutgoingCaseMessage message) throws MessagingException {
    Locale locale = message.welsh() ? Locale.forLanguageTag("cy") : Locale.UK;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            message.welsh() ? locale : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String prefix = message.kind().name() + ".";
    Object[] args = {
      message.reference(),
      message.welsh() && message.cspNameCy() != null ? message.cspNameCy() : message.cspName(),
      sender.publicUrl()
    };
    MailSender.Attachment attachment =
        message.letterId() == null
            ? null
            : rows.letter(message.letterId())
                .orElseThrow(() -> new IllegalStateException("letter " + message.letterId()));
    sender.send(
        message.toAddress(),
        new MessageFormat(bundle.getString(prefix + "subject"), locale).format(args),
        new MessageFormat(bundle.getString(prefix + "body"), locale).format(args),
        message.welsh(),
        attachment);
  }
}
