package org.saferpartnerships.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Puts messages on the page being rendered, in the page's language: errors tied to a field (shown
 * by the field and in the error summary) or to the page, and a service's refusal in its own words.
 */
@ApplicationScoped
public class PageMessages {

  public static final String BUNDLE = "org.saferpartnerships.web.messages";

  public void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public void refused(String clientId, ServiceException refusal) {
    add(clientId, FacesMessage.SEVERITY_ERROR, refusal.message(locale()));
  }

  /** Shows the validation failures inside a service's system exception; rethrows anything else. */
  public void invalid(String clientId, jakarta.ejb.EJBException failure) {
    var found =
        org.saferpartnerships.platform.errors.Violations.find(failure).orElseThrow(() -> failure);
    org.saferpartnerships.platform.errors.Violations.messages(found, locale())
        .forEach(text -> errorText(clientId, text));
  }

  public void errorText(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  public String text(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  public Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
