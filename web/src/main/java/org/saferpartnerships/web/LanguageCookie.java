package org.saferpartnerships.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/** The long-lived cookie that remembers a visitor's language on this device. */
public final class LanguageCookie {

  private LanguageCookie() {}

  public static void set(HttpServletResponse response, String language) {
    Cookie cookie = new Cookie(Language.COOKIE, language);
    cookie.setPath("/");
    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
