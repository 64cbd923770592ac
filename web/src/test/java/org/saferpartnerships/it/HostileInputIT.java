package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API under hostile and careless input (issue 17): bodies that would hold a thread, bodies of
 * the wrong shape, characters that cannot be stored, lists whose count query failed. Each refusal
 * is a JSON 4xx that names what is wrong, and no table gains or loses a row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  private static final String CAMBRIDGE = "E22000013";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTestsAtRoot();
  }

  @ArquillianResource private URL base;

  private Api api() {
    return new Api(base);
  }

  // ---- a body must not hold a thread --------------------------------------------------------

  @Test
  void anUnclosedJsonBodyIsRefusedAtOnceAndLeavesNoThreadInTheParser() {
    Map<String, Long> before = rows();
    for (String path :
        List.of("api/v1/case-reviews", "api/v1/work-items", "api/v1/work-items/1/actions/claim")) {
      for (String body : List.of("{\"a\":[", "{\"a\":{", "{\"csp\":\"x\",\"zz\":[[{\"b\":[")) {
        long started = System.nanoTime();
        Api.Reply reply =
            api()
                .send(
                    api()
                        .request(path, Api.COORDINATOR)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(reply.status()).as(path + " " + body).isEqualTo(400);
        assertThat(reply.json().getString("message")).contains("JSON");
      }
    }
    long started = System.nanoTime();
    assertThat(api().get("api/v1/csps?q=cam", Api.COORDINATOR).status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    assertThat(threadsInParser()).isEmpty();
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aJsonBodyDeclaredOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
    String reply = declare("api/v1/case-reviews", "application/json", 1_100_000L, Api.COORDINATOR);
    assertThat(reply).startsWith("HTTP/1.1 413");
    assertThat(reply).contains("1048576");
  }

  @Test
  void aHugeUploadIsRefusedOnItsDeclaredLengthWithoutWaitingForIt() throws IOException {
    long started = System.nanoTime();
    String reply =
        declare(
            "api/v1/consultations/1/imports?fileName=a.csv",
            "application/octet-stream",
            1_500_000_000L,
            Api.ANALYST);
    // the socket waits 5 s at most for the answer
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    assertThat(reply).startsWith("HTTP/1.1 413");
    assertThat(reply).contains("application/json");
    String attachment =
        declare(
            "api/v1/work-items/1/attachments",
            "multipart/form-data; boundary=x",
            40_000_000L,
            Api.PARTNER);
    assertThat(attachment).startsWith("HTTP/1.1 413");
  }

  @Test
  void aPageUploadOverTheLimitShowsTheSizeMessage() throws IOException {
    String reply = declare("login.xhtml", "multipart/form-data; boundary=x", 60_000_000L, "");
    assertThat(reply).startsWith("HTTP/1.1 303");
    assertThat(reply).contains("error/413.xhtml?limit=11");
    var page = PageSweep.session(api().uri("")).get("error/413.xhtml?limit=11");
    assertThat(page.body()).contains("The file is too large").contains("up to 11 MB");
  }

  /**
   * Sends only the head of a request declaring {@code length} bytes and a few bytes of body, as a
   * client about to send a huge file would, and returns what the server answers at once.
   */
  private String declare(String path, String contentType, long length, String credentials)
      throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(5_000);
      String head =
          "POST "
              + api().uri(path).getRawPath()
              + (api().uri(path).getRawQuery() == null ? "" : "?" + api().uri(path).getRawQuery())
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + (credentials.isEmpty()
                  ? ""
                  : "\r\nAuthorization: Basic "
                      + Base64.getEncoder()
                          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
              + "\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + length
              + "\r\n\r\n{\"a\":\"";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.flush();
      // the answer comes at once, and the server closes the connection rather than wait for the
      // body; read it to its end (or 64 KB)
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      try {
        for (int read = socket.getInputStream().read(chunk);
            read > 0 && answer.size() < 65_536;
            read = socket.getInputStream().read(chunk)) {
          answer.write(chunk, 0, read);
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException endOfAnswer) {
        // what arrived is the answer
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  // ---- every bad body is a JSON 400 naming the field ----------------------------------------

  @Test
  void bodiesOfTheWrongShapeAreJson400sNamingTheFieldAndWriteNothing() {
    Map<String, Long> before = rows();
    Map<String, String> cases = new TreeMap<>();
    cases.put("[1]", "body");
    cases.put("\"text\"", "body");
    cases.put("not json", "body");
    cases.put("{\"csp\":{}}", "csp");
    cases.put("{\"csp\":[\"" + CAMBRIDGE + "\"]}", "csp");
    cases.put(application("\"hateRelated\":\"yes\""), "hateRelated");
    cases.put(application("\"victimConsent\":1"), "victimConsent");
    cases.put(application("\"victimName\":\"A\\u0000Victim\""), "victimName");
    cases.put(application("\"victimName\":\"A\\ud800Victim\""), "victimName");
    cases.put(application("\"description\":\"\\u001b[31m red\""), "description");
    cases.put(application("\"victimNmae\":\"typo\""), "victimNmae");
    for (Map.Entry<String, String> example : cases.entrySet()) {
      Api.Reply reply = api().postJson("api/v1/case-reviews", Api.COORDINATOR, example.getKey());
      assertThat(reply.status()).as(example.getKey()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).startsWith("application/json");
      JsonObject error = reply.json();
      assertThat(error.getString("field")).as(example.getKey()).isEqualTo(example.getValue());
      assertThat(error.getString("message")).isNotBlank();
    }
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aVersionThatIsNotANumberIsRefusedByName() {
    Api.Reply reply =
        api().postJson("api/v1/work-items/1/actions/claim", Api.PARTNER, "{\"version\":\"abc\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("field")).isEqualTo("version");
    assertThat(api().postJson("api/v1/work-items/1/actions/claim", Api.PARTNER, "[]").status())
        .isEqualTo(400);
  }

  @Test
  void refusalsSpeakWelshWhenAskedTo() {
    Api.Reply reply =
        api()
            .send(
                api()
                    .request("api/v1/case-reviews", Api.COORDINATOR)
                    .header("Accept-Language", "cy")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(application("\"hateRelated\":\"ie\"")))
                    .build());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("message")).contains("Rhaid i ‘hateRelated’");
  }

  @Test
  void aQueryParameterWithAControlCharacterIsRefusedByName() {
    Api.Reply reply = api().get("api/v1/csps?q=cam%00bridge", Api.COORDINATOR);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("field")).isEqualTo("q");
  }

  @Test
  void aGoodApplicationStillGoesThroughWithWelshAndEmoji() {
    Api.Reply reply =
        api()
            .postJson(
                "api/v1/case-reviews",
                Api.COORDINATOR,
                application("\"victimName\":\"Siân Ŵyn 🙂\",\"hateRelated\":true"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  // ---- lists that failed for every role -----------------------------------------------------

  @Test
  void theMineAndCspViewsOfWorkItemsAnswerForEveryRole() {
    for (String who : List.of(Api.ADMIN, Api.COORDINATOR, Api.PCC, Api.PARTNER, Api.ANALYST, DPO)) {
      for (String query :
          List.of("view=mine", "csp=" + CAMBRIDGE, "view=mine&csp=" + CAMBRIDGE, "view=csp")) {
        Api.Reply reply = api().get("api/v1/work-items?" + query, who);
        assertThat(reply.status()).as(who + " " + query).isIn(200, 403);
        assertThat(reply.status()).as(who + " " + query).isNotEqualTo(500);
      }
    }
    Api.Reply mine = api().get("api/v1/work-items?view=mine", Api.PARTNER);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().containsKey("total")).isTrue();
  }

  @Test
  void markAllReadAnswers() {
    for (String who : List.of(Api.COORDINATOR, Api.PARTNER, Api.PCC)) {
      Api.Reply reply = api().postJson("api/v1/notifications/read", who, "{}");
      assertThat(reply.status()).as(who + reply.body()).isEqualTo(200);
      assertThat(
              api()
                  .get("api/v1/notifications/unread", who)
                  .json()
                  .getJsonNumber("unread")
                  .longValue())
          .isZero();
    }
  }

  // ---- sign-in ------------------------------------------------------------------------------

  @Test
  void failedSignInsAreThrottledPerNameAndPerAddressBeforeAnyHashing() {
    assertThat(api().get("api/v1/csps?size=1", Api.ADMIN).status()).isEqualTo(200); // cached
    try {
      for (int attempt = 1; attempt <= 10; attempt++) {
        assertThat(api().get("api/v1/csps?size=1", "guessed:wrong-" + attempt).status())
            .isEqualTo(401);
      }
      Api.Reply throttled = api().get("api/v1/csps?size=1", "guessed:wrong-11");
      assertThat(throttled.status()).isEqualTo(429);
      assertThat(throttled.header("Retry-After")).isNotBlank();
      assertThat(throttled.json().getString("message")).contains("Too many failed attempts");
      assertThat(api().get("api/v1/csps?size=1", "someone-else:wrong").status()).isEqualTo(401);
      reset();

      for (int attempt = 1; attempt <= 20; attempt++) {
        assertThat(api().get("api/v1/csps?size=1", "name" + attempt + ":wrong").status())
            .isEqualTo(401);
      }
      long started = System.nanoTime();
      for (int attempt = 21; attempt <= 40; attempt++) {
        assertThat(api().get("api/v1/csps?size=1", "name" + attempt + ":wrong").status())
            .isEqualTo(429);
      }
      // twenty refusals without PBKDF2 (about 55 ms each) take a fraction of one check each
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(600));
    } finally {
      reset();
    }
  }

  @Test
  void aWrongPasswordAnUnknownNameAndALockedAccountGetTheSameAnswer() {
    createAccount("lockme", "lockme-test-2026");
    try {
      String unknown = api().get("api/v1/csps?size=1", "no-such-user:whatever").body();
      String wrong = api().get("api/v1/csps?size=1", "lockme:not-it").body();
      assertThat(wrong).isEqualTo(unknown);
      for (int attempt = 0; attempt < 5; attempt++) {
        api().get("api/v1/csps?size=1", "lockme:not-it-" + attempt);
      }
      Api.Reply locked = api().get("api/v1/csps?size=1", "lockme:lockme-test-2026");
      assertThat(locked.status()).isEqualTo(401);
      assertThat(locked.body()).isEqualTo(unknown);
    } finally {
      reset();
      api().delete("api/v1/test/accounts/lockme", Api.ADMIN);
    }
  }

  @Test
  void aCachedApiCredentialStopsWorkingOnceTheAccountIsLocked() {
    createAccount("cached", "cached-test-2026");
    try {
      assertThat(api().get("api/v1/csps?size=1", "cached:cached-test-2026").status())
          .isEqualTo(200); // now in the credential cache
      for (int attempt = 0; attempt < 5; attempt++) {
        api().get("api/v1/csps?size=1", "cached:wrong-" + attempt);
      }
      assertThat(api().get("api/v1/csps?size=1", "cached:cached-test-2026").status())
          .isEqualTo(401);
    } finally {
      reset();
      api().delete("api/v1/test/accounts/cached", Api.ADMIN);
    }
  }

  @Test
  void aBrowserOpeningTheApiIsNotInvitedToPromptForAPassword() {
    Api.Reply page =
        api()
            .send(
                api()
                    .request("api/v1/csps", null)
                    .header("Accept", "text/html,application/xhtml+xml")
                    .header("Sec-Fetch-Mode", "navigate")
                    .GET()
                    .build());
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.header("WWW-Authenticate")).doesNotStartWith("Basic");
    assertThat(api().get("api/v1/csps", null).header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void metricsAreForAdministratorsOnly() {
    assertThat(api().get("metrics", null).status()).isIn(302, 401);
    assertThat(api().get("metrics", Api.PARTNER).status()).isEqualTo(403);
    assertThat(api().get("metrics", Api.ANALYST).status()).isEqualTo(403);
    Api.Reply admin = api().get("metrics", Api.ADMIN);
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.body()).contains("# TYPE");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (Api.Reply reply :
        List.of(
            api().get("index.xhtml", null),
            api().get("login.xhtml", null),
            api().get("api/v1/csps?size=1", Api.COORDINATOR),
            api().get("api/v1/csps", null))) {
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
      assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
      assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }
    Api.Reply page = api().get("login.xhtml", null);
    assertThat(page.raw().headers().allValues("Content-Security-Policy"))
        .anyMatch(policy -> policy.contains("'nonce-"));
    assertThat(
            api().get("api/v1/statistics/case-reviews?csp=E22000013", null).header("Cache-Control"))
        .isNotEqualTo("no-store");
  }

  @Test
  void signingInFromALinkToAnotherSiteStaysOnThisSite() {
    PageSweep.Session browser = PageSweep.session(api().uri(""));
    browser.get("//evil.example/");
    browser.signIn("coordinator", "coordinator-demo-2026");
    assertThat(browser.lastUri().getHost()).isEqualTo(api().uri("").getHost());
    assertThat(browser.lastUri().getPath()).doesNotContain("evil");
  }

  @Test
  void aPageOutsideTheRolesIsA403ThatSaysWhatTheyMayDo() {
    for (String user : List.of("admin", "pcc", "partner", "analyst", "dpo")) {
      PageSweep.Session browser = PageSweep.session(api().uri(""));
      browser.signIn(user, user + "-demo-2026");
      for (String page : List.of("casereview/cases.xhtml", "casereview/victims.xhtml")) {
        var answer = browser.get(page);
        assertThat(answer.statusCode()).as(user + " " + page).isEqualTo(403);
        assertThat(answer.body()).contains("What you can do").contains("registry/csps.xhtml");
      }
    }
    PageSweep.Session dpo = PageSweep.session(api().uri(""));
    dpo.signIn("dpo", "dpo-demo-2026");
    assertThat(dpo.get("submission/grants.xhtml").statusCode()).isEqualTo(403);
    assertThat(dpo.get("submission/submissions.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void aSessionEndsAtOnceWhenItsAccountIsLocked() {
    createAccount("sessionlock", "sessionlock-test-2026");
    try {
      PageSweep.Session browser = PageSweep.session(api().uri(""));
      browser.signIn("sessionlock", "sessionlock-test-2026");
      assertThat(browser.get("casereview/cases.xhtml").statusCode()).isEqualTo(200);
      for (int attempt = 0; attempt < 5; attempt++) {
        api().get("api/v1/csps?size=1", "sessionlock:wrong-" + attempt);
      }
      var after = browser.get("casereview/cases.xhtml");
      assertThat(after.uri().getPath()).endsWith("login.xhtml");
    } finally {
      reset();
      api().delete("api/v1/test/accounts/sessionlock", Api.ADMIN);
    }
  }

  @Test
  void aFormPostFromAnotherSiteChangesNothing() {
    Map<String, Long> before = rows();
    for (String type :
        List.of(
            "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
      Api.Reply reply =
          api()
              .send(
                  api()
                      .request("api/v1/notifications/read", Api.COORDINATOR)
                      .header("Content-Type", type)
                      .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                      .build());
      assertThat(reply.status()).as(type).isEqualTo(403);
      assertThat(reply.json().getString("message")).contains("X-Requested-By");
    }
    Api.Reply crossSite =
        api()
            .send(
                api()
                    .request("api/v1/work-items", Api.COORDINATOR)
                    .header("Content-Type", "application/json")
                    .header("Sec-Fetch-Site", "cross-site")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(rows()).isEqualTo(before);
  }

  // ---- the sweep ----------------------------------------------------------------------------

  @Test
  void everyOperationOfTheApiAnswersHostileInputWithoutA500OrAWrite() {
    // OpenAPI is the server's, at its root, whatever the application's context root
    java.net.URI openApi = api().uri("").resolve("/openapi");
    Api.Reply description =
        api()
            .send(
                HttpRequest.newBuilder(openApi).header("Accept", "application/json").GET().build());
    assertThat(description.status()).isEqualTo(200);
    ApiSweep sweep = new ApiSweep(api(), this::rows);
    sweep.sweep(
        ApiSweep.parse(description.body()),
        List.of("", Api.ADMIN, Api.COORDINATOR, Api.PCC, Api.PARTNER, Api.ANALYST, DPO),
        List.of("/v1/test", "/api/v1/test"));
    System.out.println("API sweep: " + sweep.cases() + " calls");
    System.out.println("API sweep, closed without an answer: " + sweep.unanswered());
    assertThat(sweep.cases()).isGreaterThan(1000);
    ApiSweep.assertNoFailures(sweep);
  }

  @Test
  void everyPageAnswersHostileInputWithoutTheErrorPageOrAWrite() throws IOException {
    PageSweep sweep = new PageSweep(api().uri(""), this::rows);
    java.nio.file.Path webapp = java.nio.file.Path.of("src/main/webapp");
    sweep.sweep(webapp, null, null);
    for (String user : List.of("admin", "coordinator", "pcc", "partner", "analyst", "dpo")) {
      sweep.sweep(webapp, user, user + "-demo-2026");
    }
    System.out.println("Page sweep: " + sweep.cases() + " requests");
    assertThat(sweep.cases()).isGreaterThan(1000);
    assertThat(sweep.failures()).as("pages answering with the error page").isEmpty();
    assertThat(sweep.writes()).as("rows written by refused form posts").isEmpty();
  }

  // ---- the audit log ------------------------------------------------------------------------

  @Test
  void theKeyedAuditChainFindsRowsAlteredDeletedReinsertedOrCutOffInSql() {
    Api.Reply created =
        api()
            .postJson(
                "api/v1/case-reviews",
                Api.COORDINATOR,
                application("\"victimName\":\"Audit Test\""));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String reference = created.json().getString("reference");
    assertThat(api().get("api/v1/case-reviews/" + reference, Api.COORDINATOR).status())
        .isEqualTo(200);
    assertThat(api().get("api/v1/audit/verify", DPO).json().getBoolean("intact")).isTrue();
    List<Long> ids =
        api().get("api/v1/audit?subjectRef=" + reference, DPO).json().getJsonArray("items").stream()
            .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
            .sorted()
            .toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
    long middle = ids.get(0);
    long next = nextAuditId(middle);

    JsonObject altered = tamper(middle, "alter");
    assertThat(altered.getJsonNumber("firstBrokenId").longValue()).isEqualTo(middle);
    JsonObject deleted = tamper(middle, "delete");
    assertThat(deleted.getJsonNumber("firstBrokenId").longValue()).isEqualTo(next);
    JsonObject reinserted = tamper(middle, "reinsert");
    assertThat(reinserted.getJsonNumber("firstBrokenId").longValue()).isEqualTo(middle);
    assertThat(reinserted.getString("problem")).contains("changed");

    JsonObject truncated = tamper(0, "truncate"); // the last row, whichever it is then
    assertThat(truncated.getString("problem")).contains("head");
    assertThat(api().get("api/v1/audit/verify", DPO).json().getBoolean("intact")).isTrue();
  }

  @Test
  void readsAndChangesThatWroteNoAuditLineNowDo() {
    // a case's threshold and risk assessment name the victim and the reporters
    Api.Reply created =
        api()
            .postJson(
                "api/v1/case-reviews",
                Api.COORDINATOR,
                application("\"victimName\":\"Audit Read\""));
    String reference = created.json().getString("reference");
    assertThat(
            api().get("api/v1/case-reviews/" + reference + "/threshold", Api.COORDINATOR).status())
        .isEqualTo(200);
    assertThat(api().get("api/v1/case-reviews/" + reference + "/risk", Api.COORDINATOR).status())
        .isEqualTo(200);
    assertThat(auditDetails("subjectRef=" + reference)).contains("threshold", "risk assessments");

    // a work item: opened, viewed, claimed, noted, attached to, its attachment downloaded
    Api.Reply opened =
        api()
            .postJson(
                "api/v1/work-items",
                Api.COORDINATOR,
                "{\"type\":\"ACTION_REQUEST\",\"csp\":\""
                    + CAMBRIDGE
                    + "\",\"title\":\"Audit test\",\"targetBody\":\"POLICE\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    String item = "api/v1/work-items/" + id;
    long version = api().get(item, Api.PARTNER).json().getJsonNumber("version").longValue();
    assertThat(
            api()
                .postJson(item + "/actions/claim", Api.PARTNER, "{\"version\":" + version + "}")
                .status())
        .isEqualTo(200);
    version = api().get(item, Api.PARTNER).json().getJsonNumber("version").longValue();
    assertThat(
            api()
                .postJson(
                    item + "/actions/note",
                    Api.PARTNER,
                    "{\"note\":\"Patrols checked\",\"version\":" + version + "}")
                .status())
        .isEqualTo(200);
    Api.Reply attached =
        api()
            .upload(
                item + "/attachments",
                Api.PARTNER,
                "log.csv",
                "when,what\n2026-11-02,patrol\n".getBytes(StandardCharsets.UTF_8));
    assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    String location = attached.header("Location");
    String attachment = location.substring(location.lastIndexOf('/') + 1);
    assertThat(api().get(item + "/attachments/" + attachment, Api.PARTNER).status()).isEqualTo(200);
    List<String> trail = auditDetails("subjectType=WORK_ITEM&subjectRef=WI-" + id);
    assertThat(trail)
        .contains(
            "ACTION_REQUEST", "CLAIM", "NOTE", "attach " + attachment, "attachment " + attachment);
    assertThat(auditActions("subjectType=WORK_ITEM&subjectRef=WI-" + id)).contains("VIEW");

    // administrators' changes: a bank holiday added and removed
    String day = "2099-" + String.format("%02d", 1 + (int) (System.nanoTime() % 11)) + "-15";
    Api.Reply added =
        api()
            .postJson(
                "api/v1/bank-holidays",
                Api.ADMIN,
                "{\"date\":\"" + day + "\",\"name\":\"Audit day\",\"nameCy\":\"Diwrnod\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonObject holiday =
        added.jsonValue().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(h -> h.getString("date").equals(day))
            .findFirst()
            .orElseThrow();
    long holidayId = holiday.getJsonNumber("id").longValue();
    assertThat(
            api()
                .delete(
                    "api/v1/bank-holidays/"
                        + holidayId
                        + "?version="
                        + holiday.getJsonNumber("version").longValue(),
                    Api.ADMIN)
                .status())
        .isEqualTo(204);
    assertThat(auditDetails("subjectType=BANK_HOLIDAY&subjectRef=" + holidayId))
        .anyMatch(detail -> detail.contains("Audit day"))
        .anyMatch(detail -> detail.startsWith("removed"));
  }

  private List<String> auditDetails(String query) {
    return auditItems(query).stream()
        .map(item -> item.isNull("detail") ? "" : item.getString("detail"))
        .toList();
  }

  private List<String> auditActions(String query) {
    return auditItems(query).stream().map(item -> item.getString("action")).toList();
  }

  private List<JsonObject> auditItems(String query) {
    Api.Reply reply = api().get("api/v1/audit?size=100&" + query, DPO);
    assertThat(reply.status()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private JsonObject tamper(long id, String how) {
    Api.Reply reply = api().postJson("api/v1/test/audit/" + id + "/" + how, Api.ADMIN, "{}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject result = reply.json();
    assertThat(result.getBoolean("tamperedIntact")).as(how).isFalse();
    assertThat(result.getBoolean("restoredIntact")).as(how + ", put back").isTrue();
    return result;
  }

  private long nextAuditId(long id) {
    return api().get("api/v1/audit?size=200", DPO).json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
        .filter(candidate -> candidate > id)
        .min(Long::compare)
        .orElseThrow();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static final String DPO = "dpo:dpo-demo-2026";

  private static String application(String more) {
    return "{\"csp\":\""
        + CAMBRIDGE
        + "\",\"channel\":\"PHONE\",\"victimType\":\"PERSON\","
        + "\"victimPhone\":\"01632 960 001\",\"language\":\"en\",\"contactMethod\":\"PHONE\","
        + "\"description\":\"Noise most nights\","
        + more
        + "}";
  }

  private void reset() {
    api().delete("api/v1/test/throttle", Api.ADMIN);
  }

  private void createAccount(String username, String password) {
    Api.Reply created =
        api()
            .postJson(
                "api/v1/test/accounts/" + username,
                Api.ADMIN,
                "{\"password\":\""
                    + password
                    + "\",\"role\":\"CSP_COORDINATOR\",\"orgType\":\"PARTNERSHIP\","
                    + "\"area\":\""
                    + CAMBRIDGE
                    + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
  }

  private Map<String, Long> rows() {
    JsonObject counts = api().get("api/v1/test/rows", Api.ADMIN).json();
    Map<String, Long> rows = new TreeMap<>();
    counts.forEach((table, count) -> rows.put(table, Long.parseLong(count.toString())));
    return rows;
  }

  private List<String> threadsInParser() {
    List<String> names = List.of();
    for (int attempt = 0; attempt < 20; attempt++) {
      names =
          api().get("api/v1/test/threads/json", Api.ADMIN).jsonValue().asJsonArray().stream()
              .map(Object::toString)
              .toList();
      if (names.isEmpty()) {
        return names;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return names;
  }
}
