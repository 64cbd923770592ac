package org.saferpartnerships.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The language of this request, English or Welsh: the user's choice, kept in a long-lived cookie
 * (and, when signed in, on their account so it follows them to another device). Also picks the
 * Welsh form of a name where one exists.
 */
@Named
@RequestScoped
public class Language {

  public static final String COOKIE = "sp_lang";
  static final String PARAMETER = "lang";
  public static final Locale WELSH = Locale.forLanguageTag("cy");

  @Inject private HttpServletRequest request;

  private String code;

  public String getCode() {
    if (code == null) {
      code = chosen(request);
    }
    return code;
  }

  /** Welsh, or British English (22 November 2012, not November 22, 2012). */
  public Locale getLocale() {
    return isWelsh() ? WELSH : Locale.UK;
  }

  public boolean isWelsh() {
    return "cy".equals(getCode());
  }

  public String getOtherCode() {
    return isWelsh() ? "en" : "cy";
  }

  /** This page's address with the language switched, keeping its other parameters. */
  public String getSwitchUrl() {
    Map<String, String[]> parameters = request.getParameterMap();
    String query =
        parameters.entrySet().stream()
            .filter(entry -> isQueryParameter(entry.getKey()))
            .flatMap(
                entry ->
                    java.util.Arrays.stream(entry.getValue())
                        .map(value -> encode(entry.getKey()) + "=" + encode(value)))
            .collect(Collectors.joining("&"));
    String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
    String path = uri != null ? uri : request.getRequestURI();
    return path + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + getOtherCode();
  }

  /**
   * A message of the page's bundle with its blanks filled in, in this request's language: for text
   * a component needs as an attribute (a confirmation question), where h:outputFormat cannot go.
   */
  public String say(String key, Object first) {
    return format(key, first);
  }

  public String say(String key, Object first, Object second) {
    return format(key, first, second);
  }

  private String format(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(PageMessages.BUNDLE, getLocale()).getString(key);
    return new MessageFormat(pattern, getLocale()).format(args);
  }

  /** The Welsh name where we are in Welsh and one exists, the English otherwise. */
  public String pick(String english, String welsh) {
    return isWelsh() && welsh != null && !welsh.isBlank() ? welsh : english;
  }

  private boolean isQueryParameter(String name) {
    return !PARAMETER.equals(name)
        && !name.startsWith("jakarta.faces")
        && !name.startsWith("javax.faces")
        && !name.startsWith("primefaces")
        && !name.contains(":");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * The language of a client that is not a page (the API, a refusal before any page): Welsh when
   * its Accept-Language prefers Welsh to English, else English.
   */
  public static Locale acceptedBy(HttpServletRequest request) {
    java.util.Enumeration<Locale> locales = request.getLocales();
    while (locales.hasMoreElements()) {
      String language = locales.nextElement().getLanguage();
      if ("cy".equals(language)) {
        return WELSH;
      }
      if ("en".equals(language)) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  static String chosen(HttpServletRequest request) {
    String asked = request.getParameter(PARAMETER);
    if ("cy".equals(asked) || "en".equals(asked)) {
      return asked;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())
            && ("cy".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
          return cookie.getValue();
        }
      }
    }
    return "en";
  }
}
