package org.saferpartnerships.consultation.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a search of answers asks for: words, and phrases in double quotes, every one of which an
 * answer must contain (in any case). Each becomes a LIKE pattern with its own % and _ escaped, so
 * that "50%" finds fifty per cent and not everything.
 */
public final class SearchTerms {

  /** At most this many terms are used; more would make a slow query for little gain. */
  static final int MAX_TERMS = 10;

  private SearchTerms() {}

  public static List<String> parse(String search) {
    List<String> terms = new ArrayList<>();
    if (search == null) {
      return terms;
    }
    String text = search.strip();
    int i = 0;
    while (i < text.length() && terms.size() < MAX_TERMS) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        String phrase = (end < 0 ? text.substring(i + 1) : text.substring(i + 1, end)).strip();
        if (!phrase.isEmpty()) {
          terms.add(phrase.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
        i = end < 0 ? text.length() : end + 1;
      } else {
        int end = i;
        while (end < text.length()
            && !Character.isWhitespace(text.charAt(end))
            && text.charAt(end) != '"') {
          end++;
        }
        terms.add(text.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      }
    }
    return terms;
  }

  /**
   * The escape character of the patterns: not a backslash, which MySQL also reads as an escape in
   * the SQL text itself.
   */
  public static final char ESCAPE = '!';

  /** A LIKE pattern finding the term anywhere, its own wildcards escaped with {@link #ESCAPE}. */
  public static String pattern(String term) {
    return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
