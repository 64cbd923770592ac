package org.saferpartnerships.partnership.lookup;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with a lookup file: the line it is on (1 is the header; 0 means the file as a
 * whole) and a message key with its arguments, rendered in English or Welsh when shown.
 */
public record LookupProblem(int line, String key, List<Object> args) {

  static final String BUNDLE = "org.saferpartnerships.partnership.lookup.lookup_messages";

  public LookupProblem {
    args = List.copyOf(args);
  }

  public static LookupProblem at(int line, String key, Object... args) {
    return new LookupProblem(line, key, Arrays.asList(args));
  }

  /** The problem in the given language (Welsh for "cy", English otherwise). */
  public String message(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    Object[] rendered =
        args.stream()
            .map(
                arg ->
                    arg instanceof LookupField field ? bundle.getString(field.messageKey()) : arg)
            .toArray();
    return new MessageFormat(bundle.getString(key), locale).format(rendered);
  }

  static ResourceBundle bundle(Locale locale) {
    Locale language = "cy".equals(locale.getLanguage()) ? locale : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
