package org.saferpartnerships.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.saferpartnerships.web.Language;

/** API messages are in Welsh when the client's Accept-Language prefers it, else in English. */
public final class ApiLanguage {

  private ApiLanguage() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) {
      return Locale.ENGLISH;
    }
    for (Locale locale : headers.getAcceptableLanguages()) {
      if ("cy".equals(locale.getLanguage())) {
        return Language.WELSH;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
