package org.saferpartnerships.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Opens every page of the application as a signed-in user of each role (and anonymously), with each
 * of its view parameters set to empty, wrong-typed, oversized and hostile values, then posts each
 * of its forms with every text field holding a control character, an escape sequence or more text
 * than anything stores. Records every answer that is the 500 page; row counts of every table must
 * not change while a page's forms are posted, since every such post must be refused.
 */
final class PageSweep {

  static final List<String> PARAMETER_VALUES =
      List.of("\u0000", "abc", "", "99999999999999999999", "x".repeat(3000), "<script>x</script>");

  static final List<String> FIELD_VALUES = List.of("A\u0000B", "x".repeat(30_000));

  /** A phrase of the 500 page's title, in English (the sweep's sessions read English). */
  static final String SERVER_ERROR = "Sorry, there is a problem with the service";

  private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam[^>]*name=\"([^\"]+)\"");

  private final URI base;
  private final Supplier<Map<String, Long>> rows;
  private final List<String> failures = new ArrayList<>();
  private final List<String> writes = new ArrayList<>();
  private final java.util.Set<String> swept = new java.util.HashSet<>();
  private int cases;

  PageSweep(URI base, Supplier<Map<String, Long>> rows) {
    this.base = base;
    this.rows = rows;
  }

  int cases() {
    return cases;
  }

  List<String> failures() {
    return failures;
  }

  List<String> writes() {
    return writes;
  }

  /**
   * The pages under the web application's root, as paths such as {@code casereview/cases.xhtml}.
   */
  static List<String> pages(Path webapp) throws IOException {
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(file -> file.toString().endsWith(".xhtml"))
          .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
          .filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
          .filter(page -> !page.startsWith("error/")) // the error pages say there was an error
          .sorted()
          .toList();
    }
  }

  static List<String> viewParameters(Path webapp, String page) throws IOException {
    Matcher found = VIEW_PARAM.matcher(Files.readString(webapp.resolve(page)));
    List<String> names = new ArrayList<>();
    while (found.find()) {
      names.add(found.group(1));
    }
    return names;
  }

  /** Sweeps every page as one user (null for anonymous). */
  void sweep(Path webapp, String username, String password) throws IOException {
    Session browser = session(base);
    if (username != null) {
      browser.signIn(username, password);
    }
    String who = username == null ? "anonymous" : username;
    for (String page : pages(webapp)) {
      if (page.equals("login.xhtml")) {
        continue;
      }
      HttpResponse<String> plain = browser.get(page);
      check(who + " GET " + page, plain);
      boolean opens = plain.statusCode() == 200 && plain.uri().getPath().endsWith(page);
      // every value for the first user the page opens for, two for the others (their pages load
      // other data, but read their addresses alike)
      List<String> values =
          opens && swept.add(page) ? PARAMETER_VALUES : PARAMETER_VALUES.subList(0, 2);
      for (String parameter : viewParameters(webapp, page)) {
        for (String value : values) {
          check(
              who + " GET " + page + "?" + parameter + "=" + abbreviate(value),
              browser.get(page + "?" + parameter + "=" + encode(value)));
        }
      }
      if (opens) {
        postForms(browser, who, page);
      }
    }
  }

  private void postForms(Session browser, String who, String page) {
    Map<String, Long> before = rows.get();
    boolean refusedAll = true;
    for (String value : FIELD_VALUES) {
      HttpResponse<String> opened = browser.get(page);
      Document document = Jsoup.parse(opened.body(), base.resolve(page).toString());
      String nonce = nonce(opened);
      for (Element form : document.select("form[method=post]")) {
        if (form.id().equals("signOutForm")
            || "multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
          continue;
        }
        Map<String, String> fields = fields(form, value);
        if (fields == null) {
          continue;
        }
        if (nonce != null) {
          fields.put("primefaces.nonce", nonce); // as PrimeFaces' script adds it to every form
        }
        HttpResponse<String> answer = browser.post(form.absUrl("action"), fields);
        check(who + " POST " + page + " form " + form.id() + " with " + abbreviate(value), answer);
        refusedAll &= answer.statusCode() >= 400 || answer.body().contains("sp-error-summary");
      }
    }
    Map<String, Long> after = rows.get();
    // a page that shows personal data writes a line to the audit log each time it is shown, the
    // page opened to post from and the page shown again with the refusal included
    before.remove("audit_event");
    after.remove("audit_event");
    if (refusedAll && !after.equals(before)) {
      writes.add(who + " " + page + ": " + ApiSweep.difference(before, after));
    }
  }

  /**
   * The form's fields as submitted, every text field holding the value; null if it has no button.
   */
  private static Map<String, String> fields(Element form, String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    String button = null;
    int text = 0;
    for (Element input : form.select("input[name], textarea[name], select[name], button[name]")) {
      String name = input.attr("name");
      String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
      switch (input.tagName()) {
        case "textarea" -> {
          fields.put(name, value);
          text++;
        }
        case "select" -> {
          Element chosen = input.selectFirst("option[selected]");
          Element first = chosen != null ? chosen : input.selectFirst("option");
          if (first != null) {
            fields.put(name, first.attr("value"));
          }
        }
        case "button" -> {
          if (button == null && !type.equals("button") && !type.equals("reset")) {
            button = name;
          }
        }
        default -> {
          switch (type) {
            case "submit", "image" -> {
              if (button == null) {
                button = name;
              }
            }
            case "checkbox", "radio" -> {
              if (input.hasAttr("checked")) {
                fields.put(name, input.attr("value"));
              }
            }
            case "hidden" -> fields.put(name, input.attr("value"));
            case "file", "reset", "button" -> {}
            default -> {
              fields.put(name, value);
              text++;
            }
          }
        }
      }
    }
    if (button == null || text == 0) {
      return null;
    }
    fields.put(button, button);
    return fields;
  }

  /** The page's script nonce, from its Content-Security-Policy, or null. */
  private static String nonce(HttpResponse<String> page) {
    for (String policy : page.headers().allValues("Content-Security-Policy")) {
      Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
      if (nonce.find()) {
        return nonce.group(1);
      }
    }
    return null;
  }

  private void check(String request, HttpResponse<String> answer) {
    cases++;
    if (answer.statusCode() >= 500 || answer.body().contains(SERVER_ERROR)) {
      failures.add(answer.statusCode() + " " + request + " (" + answer.uri().getPath() + ")");
    }
  }

  static Session session(URI base) {
    return new Session(base);
  }

  /** A browser's session with the site: cookies kept, redirects followed, pages in English. */
  static final class Session {

    private final URI base;
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private URI last;

    Session(URI base) {
      this.base = base;
    }

    URI lastUri() {
      return last;
    }

    void signIn(String username, String password) {
      Document login = Jsoup.parse(get("login.xhtml").body());
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element input : login.select("form#login input[name]")) {
        fields.put(input.attr("name"), input.attr("value"));
      }
      fields.put("login:username", username);
      fields.put("login:password", password);
      fields.put("login:signIn", "Sign in");
      HttpResponse<String> answer = post(base.resolve("login.xhtml").toString(), fields);
      if (answer.body().contains("id=\"login\"")) {
        throw new IllegalStateException("could not sign in as " + username);
      }
    }

    /**
     * Sends a form of a page as its button would: the form's own fields (hidden ones included) with
     * the values given over them.
     */
    HttpResponse<String> submit(
        HttpResponse<String> page, String formId, Map<String, String> values) {
      Document document = Jsoup.parse(page.body());
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element input : document.select("form#" + formId + " input[name]")) {
        if (!"submit".equals(input.attr("type"))) {
          fields.put(input.attr("name"), input.attr("value"));
        }
      }
      fields.putAll(values);
      return post(page.uri().toString(), fields);
    }

    /** Opens a page: a path of the site (which may itself look like another site's address). */
    HttpResponse<String> get(String page) {
      URI target =
          page.startsWith("//")
              ? URI.create(base.getScheme() + "://" + base.getRawAuthority() + page)
              : base.resolve(page);
      return send(HttpRequest.newBuilder(target).header("Accept-Language", "en").GET().build());
    }

    HttpResponse<String> post(String url, Map<String, String> fields) {
      StringBuilder form = new StringBuilder();
      fields.forEach(
          (name, value) -> {
            if (form.length() > 0) {
              form.append('&');
            }
            form.append(encode(name)).append('=').append(encode(value));
          });
      return send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Accept-Language", "en")
              .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
              .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        HttpResponse<String> answer =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        last = answer.uri();
        return answer;
      } catch (IOException e) {
        throw new IllegalStateException(request.uri().toString(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text.replace("\u0000", "\\0");
  }
}
