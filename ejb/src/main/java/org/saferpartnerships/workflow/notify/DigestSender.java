package org.saferpartnerships.workflow.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.platform.mail.MailSender;
import org.saferpartnerships.platform.time.ClockProducer;
import org.saferpartnerships.platform.time.MinutePassed;

/**
 * The daily summary for those who chose it: from {@code SP_DIGEST_HOUR} (7 by default, UK time)
 * each day, one e-mail per person listing the notices that waited from before that hour, each with
 * its reference and link and never the item's details. Safe on several instances: a person's
 * notices are claimed in one conditional UPDATE before the e-mail leaves, and put back if it could
 * not be sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestSender {

  private static final Logger LOG = Logger.getLogger(DigestSender.class.getName());

  @EJB private DigestRows rows;

  @Inject private MailSender sender;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "sp.digest.hour", defaultValue = "7")
  private int hour;

  public void onMinute(@Observes MinutePassed minute) {
    sendDue();
  }

  /** Sends the summaries that are due; returns how many e-mails the SMTP server accepted. */
  public int sendDue() {
    if (!sender.isEnabled()) {
      return 0;
    }
    ZonedDateTime now = clock.instant().atZone(ClockProducer.LONDON);
    if (now.getHour() < hour) {
      return 0;
    }
    Instant cutoff = now.toLocalDate().atTime(hour, 0).atZone(ClockProducer.LONDON).toInstant();
    int sent = 0;
    for (long user : rows.waiting(cutoff)) {
      Instant at = clock.instant();
      if (rows.claim(user, cutoff, at) == 0) {
        continue; // another instance took them
      }
      List<OutgoingMail> notices = rows.claimed(user, at);
      if (notices.isEmpty() || notices.get(0).email() == null) {
        continue;
      }
      MailTemplates.Rendered digest = MailTemplates.digest(notices, sender.publicUrl());
      try {
        sender.send(
            notices.get(0).email(), digest.subject(), digest.body(), notices.get(0).welsh());
        sent++;
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "Daily summary for user " + user + " not sent: " + e.getMessage());
        rows.release(user, at);
      }
    }
    return sent;
  }
}
