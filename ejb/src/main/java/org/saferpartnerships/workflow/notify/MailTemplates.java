package org.saferpartnerships.workflow.notify;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.saferpartnerships.workflow.items.WorkItem;

/**
 * Renders a notification e-mail in the recipient's language from the bundle {@code
 * workflow/mail_messages} (English) and its Welsh twin: subject and plain-text body.
 */
public final class MailTemplates {

  private static final String BUNDLE = "org.saferpartnerships.workflow.mail_messages";
  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private MailTemplates() {}

  public record Rendered(String subject, String body) {}

  public static Rendered render(OutgoingMail mail, String baseUrl) {
    Locale locale = mail.welsh() ? WELSH : Locale.UK;
    ResourceBundle bundle = bundle(mail.welsh());
    String reference = WorkItem.reference(mail.itemId());
    String type = bundle.getString("type." + mail.itemType());
    String csp = mail.welsh() && mail.cspNameCy() != null ? mail.cspNameCy() : mail.cspName();
    String due = mail.dueOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    String link = baseUrl.replaceAll("/+$", "") + "/workflow/item.xhtml?id=" + mail.itemId();
    String kind = mail.kind().name();
    String subject =
        format(
            bundle,
            "subject." + kind,
            locale,
            reference,
            type,
            csp,
            due,
            mail.queue(),
            mail.detail());
    String body =
        format(bundle, "greeting", locale, mail.displayName())
            + "\n\n"
            + format(
                bundle,
                "body." + kind,
                locale,
                reference,
                type,
                csp,
                due,
                mail.queue(),
                mail.detail())
            + "\n\n"
            + format(bundle, "link", locale, link)
            + "\n\n"
            + bundle.getString("footer")
            + "\n";
    return new Rendered(subject, body);
  }

  /** The daily summary of a person's notices: one line each, with its subject and link. */
  public static Rendered digest(java.util.List<OutgoingMail> notices, String baseUrl) {
    OutgoingMail first = notices.get(0);
    Locale locale = first.welsh() ? WELSH : Locale.UK;
    ResourceBundle bundle = bundle(first.welsh());
    StringBuilder body =
        new StringBuilder(format(bundle, "greeting", locale, first.displayName()))
            .append("\n\n")
            .append(format(bundle, "digest.intro", locale, notices.size()))
            .append("\n\n");
    for (OutgoingMail notice : notices) {
      Rendered one = render(notice, baseUrl);
      String link = baseUrl.replaceAll("/+$", "") + "/workflow/item.xhtml?id=" + notice.itemId();
      body.append("- ").append(one.subject()).append("\n  ").append(link).append("\n");
    }
    body.append("\n").append(bundle.getString("digest.change")).append("\n\n");
    body.append(bundle.getString("footer")).append("\n");
    return new Rendered(format(bundle, "digest.subject", locale, notices.size()), body.toString());
  }

  private static ResourceBundle bundle(boolean welsh) {
    return ResourceBundle.getBundle(
        BUNDLE,
        welsh ? WELSH : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
