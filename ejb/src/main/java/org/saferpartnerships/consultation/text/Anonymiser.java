package org.saferpartnerships.consultation.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes what identifies a person out of a quote before it goes in a report: email addresses, web
 * links, phone numbers, postcodes, house-number street addresses, names after a title (Mr, Mrs,
 * Dr…) and after "my name is". Each becomes a bracketed word saying what was there. It cannot know
 * every name: the report asks the analyst to read the quotes before publishing.
 */
public final class Anonymiser {

  private record Rule(Pattern pattern, String replacement) {}

  private static final String STREET =
      "(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Court|Place|Gardens"
          + "|Terrace|Grove|Hill|Row|Walk|Square|Heol|Ffordd|Stryd)";

  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"), "[email]"),
          new Rule(Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"), "[link]"),
          new Rule(
              Pattern.compile("(?<![\\w+])(?:\\+44\\s?\\(?0?\\)?|0)(?:[\\s-]?\\d){9,10}\\b"),
              "[phone]"),
          new Rule(
              Pattern.compile("(?i)\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b"), "[postcode]"),
          new Rule(
              Pattern.compile(
                  "\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][a-z]+\\s+){1,3}" + STREET + "\\b"),
              "[address]"),
          new Rule(
              Pattern.compile(
                  "\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|PC|Sgt)\\.?\\s+[A-Z][a-zA-Z'’-]+"
                      + "(?:\\s+[A-Z][a-zA-Z'’-]+)?"),
              "[name]"),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(my name is|i am called|i'm called|fy enw i yw)\\s+"
                      + "(?-i:[A-Z][a-zA-Z'’-]+(?:\\s+[A-Z][a-zA-Z'’-]+)?)"),
              "$1 [name]"));

  private Anonymiser() {}

  /** The text with what identifies a person replaced; null stays null. */
  public static String anonymise(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (Rule rule : RULES) {
      result = rule.pattern().matcher(result).replaceAll(rule.replacement());
    }
    return result;
  }
}
