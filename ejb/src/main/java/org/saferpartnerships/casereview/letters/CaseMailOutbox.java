package org.saferpartnerships.casereview.letters;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.saferpartnerships.platform.mail.Email;
import org.saferpartnerships.platform.mail.MailSender;
import org.saferpartnerships.platform.mail.Outbox;
import org.saferpartnerships.platform.mail.OutboxTable;
import org.saferpartnerships.platform.time.MinutePassed;

/**
 * The pending messages to applicants, each in the language the applicant chose, sent through the
 * one {@link Outbox} once a minute (and when tests ask). The e-mail carries the reference and what
 * happens next, never the details of the case; a letter goes with it as a PDF.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseMailOutbox {

  static final OutboxTable CASE_MESSAGES =
      new OutboxTable(
          "Case message",
          "case_message",
          "state",
          "CaseMessage",
          "state",
          "attempts",
          CaseMessage.State.SENT,
          CaseMessage.State.FAILED);

  private static final String BUNDLE = "org.saferpartnerships.casereview.case_mail";

  @PersistenceContext private EntityManager em;

  @EJB private Outbox outbox;

  @Inject private MailSender sender;

  public void onMinute(@Observes MinutePassed minute) {
    sendPending();
  }

  /** Sends what is pending; returns how many messages the SMTP server accepted. */
  public int sendPending() {
    return outbox.sendPending(CASE_MESSAGES, id -> message(id).map(this::email));
  }

  private Email email(OutgoingCaseMessage message) {
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
            : letter(message.letterId())
                .orElseThrow(() -> new IllegalStateException("letter " + message.letterId()));
    return new Email(
        message.toAddress(),
        new MessageFormat(bundle.getString(prefix + "subject"), locale).format(args),
        new MessageFormat(bundle.getString(prefix + "body"), locale).format(args),
        message.welsh(),
        attachment);
  }

  private Optional<OutgoingCaseMessage> message(long id) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.casereview.letters.OutgoingCaseMessage(m.id, m.kind,"
                + " m.language, m.toAddress, c.reference, a.name, a.nameCy, m.letterId)"
                + " FROM CaseMessage m JOIN m.caseReview c JOIN c.csp a WHERE m.id = :id",
            OutgoingCaseMessage.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** A letter's file, to attach: its name and bytes. */
  private Optional<MailSender.Attachment> letter(long letterId) {
    return em.createQuery(
            "SELECT l.fileName, l.content FROM CaseLetter l WHERE l.id = :id", Object[].class)
        .setParameter("id", letterId)
        .getResultStream()
        .findFirst()
        .map(row -> new MailSender.Attachment((String) row[0], "application/pdf", (byte[]) row[1]));
  }
}
