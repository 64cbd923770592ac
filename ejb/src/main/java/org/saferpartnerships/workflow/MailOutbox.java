package org.saferpartnerships.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  @Inject
  @ConfigProperty(name = "sp.mail.enabled", defaultValue = "false")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "sp.mail.host", defaultValue = "localhost")
  private String host;

  @Inject
  @ConfigProperty(name = "sp.mail.port", defaultValue = "25")
  private int port;

  @Inject
  @ConfigProperty(name = "sp.mail.from", defaultValue = "no-reply@saferpartnerships.invalid")
  private String from;

  @Inject
  @ConfigProperty(name = "sp.public-url", defaultValue = "http://localhost:8080")
  private String publicUrl;

  /** Sends what is pending; returns how many messages the SMTP server accepted. */
  public int sendPending() {
    if (!enabled) {
      return 0;
    }
    Session session = session();
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
          send(session, mail.get());
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

  private void send(Session session, OutgoingMail mail) throws MessagingException {
    MailTemplates.Rendered rendered = MailTemplates.render(mail, publicUrl);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.email()));
    message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
    message.setText(rendered.body(), StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", mail.welsh() ? "cy" : "en-GB");
    Transport.send(message);
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    return Session.getInstance(properties);
  }
}
