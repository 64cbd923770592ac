package org.saferpartnerships.platform.errors;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A use case refused for a reason the user can act on. Carries a message key and arguments so the
 * page or API can say why in the caller's language; rolls back whatever the use case had written.
 */
@ApplicationException(rollback = true)
public class ServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "org.saferpartnerships.platform.service_messages";

  private final String key;
  private final transient List<Object> args;

  public ServiceException(String key, Object... args) {
    super(key + " " + Arrays.toString(args));
    this.key = key;
    // a value the caller gave may be missing (null): the message shows it empty, never fails
    this.args = java.util.Collections.unmodifiableList(Arrays.asList(args.clone()));
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }

  public String message(Locale locale) {
    return render(locale, key, args.toArray());
  }

  /** Renders any key of the service message bundle in English or Welsh. */
  public static String render(Locale locale, String key, Object... args) {
    Locale language = "cy".equals(locale.getLanguage()) ? locale : Locale.ROOT;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
