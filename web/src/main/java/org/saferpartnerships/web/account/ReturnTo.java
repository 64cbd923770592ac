package org.saferpartnerships.web.account;

import java.util.Optional;

/**
 * The page to go back to after signing in, kept only when it is a path of this application. A
 * request for {@code //evil.example/} has that as its path; sent back as it is, the browser reads
 * it as another site's address. So a path must start with the application's context and one slash,
 * hold no backslash or control character, and have no scheme or host. And it must be a page (the
 * root, or an .xhtml view): a script, image or icon the browser asked for while signed out is not
 * where anyone wants to land.
 */
final class ReturnTo {

  private ReturnTo() {}

  /**
   * Where a completed sign-in goes: the page saved before it (if it is one of ours), or the home
   * page.
   */
  static String afterSignIn(String contextPath, Object saved) {
    return (saved instanceof String path ? of(contextPath, path) : Optional.<String>empty())
        .orElse(contextPath + "/index.xhtml");
  }

  static Optional<String> of(String contextPath, String target) {
    if (target == null || !target.startsWith(contextPath + "/")) {
      return Optional.empty();
    }
    String path = target.substring(contextPath.length());
    String page = path.indexOf('?') < 0 ? path : path.substring(0, path.indexOf('?'));
    if (!page.equals("/") && !page.endsWith(".xhtml")) {
      return Optional.empty();
    }
    if (path.startsWith("//")
        || path.indexOf('\\') >= 0
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    try {
      java.net.URI uri = new java.net.URI(target);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return Optional.empty();
      }
    } catch (java.net.URISyntaxException notAUri) {
      return Optional.empty();
    }
    return Optional.of(target);
  }
}
