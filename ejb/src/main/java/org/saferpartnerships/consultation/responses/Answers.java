package org.saferpartnerships.consultation.responses;

import java.text.Normalizer;
import java.util.Locale;

/** How answers, labels and headings are compared: case, spacing and apostrophes do not matter. */
public final class Answers {

  private Answers() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u00a0', ' ');
    return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
