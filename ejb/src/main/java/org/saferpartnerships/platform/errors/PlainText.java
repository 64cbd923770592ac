package org.saferpartnerships.platform.errors;

import java.util.Locale;

/**
 * The one rule for text anyone may give the system: tabs and line breaks are allowed, other control
 * characters (U+0000 to U+001F, U+007F to U+009F), unpaired UTF-16 surrogates and the
 * non-characters U+FFFE and U+FFFF are not. Such characters are never typed by a person; stored,
 * they broke letters, exports and XML (a NUL in a victim's name made every acknowledgement fail).
 * The API's body reader, its parameter filter and the pages' text converter all ask this class.
 */
public final class PlainText {

  private PlainText() {}

  /** The index of the first character the rule refuses, or -1 if there is none. */
  public static int firstForbidden(CharSequence text) {
    if (text == null) {
      return -1;
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || isForbidden(c)) {
        return i;
      }
    }
    return -1;
  }

  public static boolean isAllowed(CharSequence text) {
    return firstForbidden(text) < 0;
  }

  /** The character at {@code index} as a person can look it up, e.g. "U+0000". */
  public static String describe(CharSequence text, int index) {
    return String.format(Locale.ROOT, "U+%04X", (int) text.charAt(index));
  }

  private static boolean isForbidden(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
  }
}
