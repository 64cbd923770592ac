package org.saferpartnerships.web.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.saferpartnerships.web.PageMessages;

/**
 * A queue's name as people read it ("ASB single point of contact", not ASB_SPOC): the page's bundle
 * names the queues the product sets up; a queue an administrator added in a routing rule is written
 * from its code in words ("Night team" for NIGHT_TEAM).
 */
@Named
@RequestScoped
public class Queues {

  @Inject private PageMessages messages;

  public String name(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    try {
      return ResourceBundle.getBundle(PageMessages.BUNDLE, messages.locale())
          .getString("queue." + code);
    } catch (MissingResourceException unnamed) {
      return words(code);
    }
  }

  /** NIGHT_TEAM as "Night team". */
  static String words(String code) {
    String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT).trim();
    return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
