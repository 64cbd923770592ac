package org.saferpartnerships.account.sessions;

/**
 * A browser's User-Agent header said in a few words ("Firefox on Windows"), so that people can tell
 * their sessions apart; the header itself is kept for administrators.
 */
final class Browsers {

  private Browsers() {}

  static String describe(String agent) {
    if (agent == null || agent.isBlank()) {
      return "?";
    }
    String browser =
        agent.contains("Edg/")
            ? "Edge"
            : agent.contains("Firefox/")
                ? "Firefox"
                : agent.contains("Chrome/") || agent.contains("Chromium/")
                    ? "Chrome"
                    : agent.contains("Safari/") ? "Safari" : "Browser";
    String system =
        agent.contains("Windows")
            ? "Windows"
            : agent.contains("iPhone") || agent.contains("iPad")
                ? "iOS"
                : agent.contains("Android")
                    ? "Android"
                    : agent.contains("Mac OS") ? "macOS" : agent.contains("Linux") ? "Linux" : null;
    return system == null ? browser : browser + " · " + system;
  }
}
