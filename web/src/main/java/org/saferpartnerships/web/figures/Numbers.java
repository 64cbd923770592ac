package org.saferpartnerships.web.figures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import org.saferpartnerships.web.Language;

/**
 * Numbers as the page's language writes them ("20,000"), for figures on pages; a page never shows a
 * count as a bare number a reader must split into thousands themselves.
 */
@Named
@RequestScoped
public class Numbers {

  @Inject private Language language;

  /** A whole number with the language's thousands separators. */
  public String whole(long value) {
    return NumberFormat.getIntegerInstance(language.getLocale()).format(value);
  }
}
