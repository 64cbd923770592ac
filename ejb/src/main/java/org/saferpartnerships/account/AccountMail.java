package org.saferpartnerships.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saferpartnerships.account.tokens.TokenPurpose;
import org.saferpartnerships.platform.mail.MailSender;

/**
 * Sends the e-mail with a one-time link, once the transaction that issued the link has committed (a
 * link from a rolled-back change would open nothing). Sent directly rather than through an outbox,
 * because an outbox would have to keep the link's token; a link that was not sent is sent again by
 * issuing a new one. With mail off, the first administrator's link is written to the log once, as
 * README says; other links are shown to whoever issued them.
 */
@ApplicationScoped
public class AccountMail {

  static final String BUNDLE = "org.saferpartnerships.account.account_mail";
  private static final Logger LOG = Logger.getLogger(AccountMail.class.getName());

  /** A link issued to an account: who gets it, why, and the token in it. */
  public record LinkIssued(
      String email,
      String displayName,
      TokenPurpose purpose,
      String token,
      boolean welsh,
      String by) {}

  @Inject private MailSender sender;

  /** Whether e-mail is configured, so that links reach people without being shown. */
  public boolean sends() {
    return sender.isEnabled();
  }

  /** The address of the page that sets a password with the token. */
  public String link(String token) {
    return sender.publicUrl() + "/account/set-password.xhtml?token=" + token;
  }

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) LinkIssued issued) {
    String link = link(issued.token());
    if (!sender.isEnabled()) {
      if (issued.purpose() == TokenPurpose.FIRST_ADMINISTRATOR) {
        LOG.warning(
            "First administrator "
                + issued.email()
                + ": mail is off, so set the password within "
                + issued.purpose().life().toHours()
                + " hours at "
                + link);
      }
      return;
    }
    Locale locale = issued.welsh() ? Locale.forLanguageTag("cy") : Locale.UK;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            issued.welsh() ? locale : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] args = {issued.displayName(), issued.by(), link, sender.publicUrl()};
    String prefix = issued.purpose().name() + ".";
    try {
      sender.send(
          issued.email(),
          new MessageFormat(bundle.getString(prefix + "subject"), locale).format(args),
          new MessageFormat(bundle.getString(prefix + "body"), locale).format(args),
          issued.welsh());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          issued.purpose() + " e-mail to " + issued.email() + " not sent: " + e.getMessage());
    }
  }
}
