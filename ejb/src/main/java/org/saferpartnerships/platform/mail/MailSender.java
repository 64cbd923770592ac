package org.saferpartnerships.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands plain-text e-mails to the SMTP server named in configuration ({@code sp.mail.*}); off
 * unless {@code sp.mail.enabled}. The outboxes of each context decide what to send and when.
 */
@ApplicationScoped
public class MailSender {

  @Inject
  @ConfigProperty(name = "sp.mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "sp.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "sp.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "sp.mail.from", defaultValue = "no-reply@saferpartnerships.invalid")
  String from;

  @Inject
  @ConfigProperty(name = "sp.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public boolean isEnabled() {
    return enabled;
  }

  /** The address people reach the service at, for links in e-mails. */
  public String publicUrl() {
    return publicUrl;
  }

  /** A file sent with an e-mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  public void send(String to, String subject, String body, boolean welsh)
      throws MessagingException {
    send(to, subject, body, welsh, null);
  }

  public void send(String to, String subject, String body, boolean welsh, Attachment attachment)
      throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    if (attachment == null) {
      message.setText(body, StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body, StandardCharsets.UTF_8.name());
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(
          new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
      file.setFileName(attachment.fileName());
      MimeMultipart parts = new MimeMultipart();
      parts.addBodyPart(text);
      parts.addBodyPart(file);
      message.setContent(parts);
    }
    message.setHeader("Content-Language", welsh ? "cy" : "en-GB");
    Transport.send(message);
  }
}
