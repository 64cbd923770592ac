package org.saferpartnerships.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.web.LanguageCookie;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.notify.Delivery;
import org.saferpartnerships.workflow.notify.NotificationKind;
import org.saferpartnerships.workflow.notify.NotificationPreferences;

/**
 * account/settings.xhtml: the language the service speaks to the person (pages, e-mails, letters
 * they send) and, for each kind of notice, an e-mail each, a daily summary, or none.
 */
@Named
@ViewScoped
public class MySettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AccountService accounts;

  @EJB private transient NotificationPreferences preferences;

  @Inject private transient CallerScope caller;

  @Inject private transient PageMessages messages;

  private String language;

  /**
   * The choice for each kind, as the page's drop-downs give it (the name of a {@link Delivery}).
   */
  private final Map<NotificationKind, String> notices = new EnumMap<>(NotificationKind.class);

  @PostConstruct
  void load() {
    language = accounts.preferredLanguage(caller.username()).orElse("en");
    preferences.mine().forEach((kind, delivery) -> notices.put(kind, delivery.name()));
  }

  @ShowsRefusal
  public String save() {
    accounts.chooseLanguage(caller.username(), language);
    Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
    notices.forEach(
        (kind, name) -> {
          for (Delivery delivery : Delivery.values()) {
            if (delivery.name().equals(name)) {
              choices.put(kind, delivery);
            }
          }
        });
    preferences.choose(choices);
    LanguageCookie.set(
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse(),
        language);
    messages.info("settings.saved");
    return "/account/settings?faces-redirect=true&lang=" + language;
  }

  public List<NotificationKind> getKinds() {
    return List.of(NotificationKind.values());
  }

  public List<String> getDeliveries() {
    return java.util.Arrays.stream(Delivery.values()).map(Delivery::name).toList();
  }

  public Map<NotificationKind, String> getNotices() {
    return notices;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = "cy".equals(language) ? "cy" : "en";
  }
}
