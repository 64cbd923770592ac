package org.saferpartnerships.casereview.letters;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a letter template: each {@code {{placeholder}}} is replaced by its value. The placeholders
 * a template may use are fixed, so an administrator's typo is caught when the template is saved,
 * not in a letter.
 */
public final class LetterText {

  /** Every placeholder a template may use. */
  public static final Set<String> PLACEHOLDERS =
      Set.of(
          "name",
          "reference",
          "partnership",
          "date",
          "receivedOn",
          "decision",
          "qualifying",
          "required",
          "reviewHeldOn",
          "summary",
          "recommendations",
          "closureReason",
          "escalationOutcome",
          "escalationReasons",
          "complaints");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

  private LetterText() {}

  /** The placeholders a text uses that are not known, in the order they first appear. */
  public static Set<String> unknownPlaceholders(String text) {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
    while (matcher.find()) {
      if (!PLACEHOLDERS.contains(matcher.group(1))) {
        unknown.add(matcher.group(1));
      }
    }
    return unknown;
  }

  /** The text with each placeholder replaced by its value (an empty string for none). */
  public static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
