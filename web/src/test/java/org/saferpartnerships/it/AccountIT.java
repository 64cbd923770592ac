package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saferpartnerships.account.twofactor.Totp;

/**
 * Accounts given without SQL, through the API as an administrator, an organisation's lead and the
 * invited person would use it: invitations and resets by one-time links read from the test SMTP
 * server (GreenMail), the password rules, a lead kept within their own organisation and roles, and
 * changes that take effect on the next request. Every refusal is a clear message and changes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountIT {

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{20,})");
  private static final String STRONG = "Mill pond lantern 47 orchard";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  private GreenMail smtp;

  @BeforeEach
  void startMail() {
    int port = Integer.parseInt(System.getProperty("sp.smtp.port", "25025"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopMail() {
    smtp.stop();
    api().postJson("api/v1/test/clock?date=", Api.ADMIN, "{}");
  }

  private Api api() {
    return new Api(base);
  }

  @Test
  void anInvitedCoordinatorChoosesAPasswordFromTheEmailedLinkAndSignsIn() throws Exception {
    String email = "cora." + System.nanoTime() + "@example.invalid";
    long cambridge = organisation("Cambridge");
    Api.Reply invited =
        api()
            .postJson(
                "api/v1/accounts",
                Api.ADMIN,
                invitation(email, "Cora Coordinator", "CSP_COORDINATOR", cambridge, false));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    assertThat(invited.json().getBoolean("mailed")).isTrue();
    assertThat(invited.json().isNull("link")).isTrue();
    long id = invited.json().getJsonNumber("accountId").longValue();
    assertThat(account(id).getString("status")).isEqualTo("INVITED");

    // a second invitation to the same address is refused
    Api.Reply again =
        api()
            .postJson(
                "api/v1/accounts",
                Api.ADMIN,
                invitation(email.toUpperCase(), "Cora Again", "CSP_COORDINATOR", cambridge, false));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("message")).contains("already exists");

    String token = tokenMailedTo(email, "You have been given an account");
    // invited, the account cannot sign in with any password
    assertThat(api().get("api/v1/csps", email + ":" + STRONG).status()).isEqualTo(401);

    assertThat(setPassword(token, "password1234", "password1234").json().getString("message"))
        .contains("used most often");
    assertThat(setPassword(token, "short pass", "short pass").json().getString("message"))
        .contains("at least 12 characters");
    assertThat(setPassword(token, STRONG, STRONG + "x").json().getString("message"))
        .contains("not the same");
    assertThat(setPassword(token, "cora coordinator 2026", "cora coordinator 2026").status())
        .isEqualTo(422);
    Api.Reply set = setPassword(token, STRONG, STRONG);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().getString("username")).isEqualTo(email);

    // the link works once
    assertThat(setPassword(token, STRONG + " again", STRONG + " again").json().getString("message"))
        .contains("expired or has already been used");
    // a made-up link gets the same answer
    assertThat(setPassword("forged" + token, STRONG, STRONG).status()).isEqualTo(422);

    assertThat(api().get("api/v1/csps?size=5", email + ":" + STRONG).status()).isEqualTo(200);
    JsonObject active = account(id);
    assertThat(active.getString("status")).isEqualTo("ACTIVE");
    assertThat(active.isNull("lastLoginAt")).isFalse();
    assertThat(audited(email)).contains("invited as CSP_COORDINATOR").contains("password set");
  }

  @Test
  void anInvitationLinkExpiresAfterAWeek() throws Exception {
    String email = "late." + System.nanoTime() + "@example.invalid";
    invite(email, "Lee Late", "PARTNER_OFFICER", organisation("Cambridge"));
    String token = tokenMailedTo(email, "You have been given an account");
    api()
        .postJson(
            "api/v1/test/clock?date=" + java.time.LocalDate.now().plusDays(8), Api.ADMIN, "{}");
    assertThat(setPassword(token, STRONG, STRONG).json().getString("message")).contains("expired");
  }

  @Test
  void aLeadManagesOnlyTheirOwnOrganisationsAccountsWithinTheirOwnRoles() throws Exception {
    long cambridge = organisation("Cambridge");
    String lead = "lena." + System.nanoTime() + "@example.invalid";
    long leadId = invite(lead, "Lena Lead", "CSP_COORDINATOR", cambridge, true);
    setPassword(tokenMailedTo(lead, "account"), STRONG, STRONG);
    String asLead = lead + ":" + STRONG;

    String colleague = "colin." + System.nanoTime() + "@example.invalid";
    Api.Reply invited =
        api()
            .postJson(
                "api/v1/accounts",
                asLead,
                invitation(colleague, "Colin Colleague", "CSP_COORDINATOR", cambridge, false));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);

    Api.Reply admin =
        api()
            .postJson(
                "api/v1/accounts",
                asLead,
                invitation("x" + colleague, "Too Much", "ADMIN", cambridge, false));
    assertThat(admin.status()).isEqualTo(422);
    assertThat(admin.json().getString("message")).contains("only the roles you hold");
    long elsewhere = organisation("Huntingdonshire");
    assertThat(
            api()
                .postJson(
                    "api/v1/accounts",
                    asLead,
                    invitation("y" + colleague, "Elsewhere", "CSP_COORDINATOR", elsewhere, false))
                .status())
        .isEqualTo(422);

    List<String> seen =
        api().get("api/v1/accounts?size=200", asLead).json().getJsonArray("items").stream()
            .map(item -> item.asJsonObject().getString("username"))
            .toList();
    assertThat(seen).contains(lead, colleague).doesNotContain("admin", "pcc");
    long adminId = idOf("admin");
    assertThat(api().get("api/v1/accounts/" + adminId, asLead).status()).isEqualTo(404);
    assertThat(
            api()
                .postJson(
                    "api/v1/accounts/" + adminId + "/actions/disable", asLead, "{\"version\":0}")
                .status())
        .isEqualTo(404);
    // someone who is not a lead manages nobody
    assertThat(api().get("api/v1/accounts", Api.PARTNER).status()).isEqualTo(403);
    assertThat(account(leadId).getBoolean("lead")).isTrue();
  }

  @Test
  void aDisabledAccountIsRefusedOnItsNextRequestAndAResetWithdrawsThePassword() throws Exception {
    String email = "dora." + System.nanoTime() + "@example.invalid";
    long id = invite(email, "Dora Disabled", "CSP_COORDINATOR", organisation("Cambridge"));
    setPassword(tokenMailedTo(email, "account"), STRONG, STRONG);
    String credentials = email + ":" + STRONG;
    assertThat(api().get("api/v1/csps?size=1", credentials).status()).isEqualTo(200);

    JsonObject disabled = act(id, "disable");
    assertThat(disabled.getString("status")).isEqualTo("DISABLED");
    assertThat(api().get("api/v1/csps?size=1", credentials).status()).isEqualTo(401);
    // a stale version changes nothing
    assertThat(
            api()
                .postJson("api/v1/accounts/" + id + "/actions/enable", Api.ADMIN, "{\"version\":0}")
                .status())
        .isEqualTo(409);
    act(id, "enable");
    assertThat(api().get("api/v1/csps?size=1", credentials).status()).isEqualTo(200);

    act(id, "reset");
    assertThat(account(id).getString("status")).isEqualTo("RESET_REQUIRED");
    assertThat(api().get("api/v1/csps?size=1", credentials).status()).isEqualTo(401);
    String reset = tokenMailedTo(email, "Reset your");
    String renewed = STRONG + " renewed";
    assertThat(setPassword(reset, renewed, renewed).status()).isEqualTo(200);
    assertThat(api().get("api/v1/csps?size=1", email + ":" + renewed).status()).isEqualTo(200);
    assertThat(audited(email)).contains("disabled").contains("enabled").contains("withdrawn");

    // an administrator cannot disable themselves, so some administrator can always sign in
    long admin = idOf("admin");
    Api.Reply self =
        api()
            .postJson(
                "api/v1/accounts/" + admin + "/actions/disable",
                Api.ADMIN,
                "{\"version\":" + account(admin).getJsonNumber("version") + "}");
    assertThat(self.status()).isEqualTo(422);
    assertThat(self.json().getString("message")).contains("your own account");
  }

  @Test
  void aForgottenPasswordIsAnsweredTheSameWhetherOrNotTheAddressIsKnown() throws Exception {
    String email = "fred." + System.nanoTime() + "@example.invalid";
    invite(email, "Fred Forgetful", "CSP_COORDINATOR", organisation("Cambridge"));
    setPassword(tokenMailedTo(email, "account"), STRONG, STRONG);

    Api.Reply known =
        api().postJson("api/v1/passwords/reset-requests", null, "{\"email\":\"" + email + "\"}");
    Api.Reply unknown =
        api()
            .postJson(
                "api/v1/passwords/reset-requests", null, "{\"email\":\"nobody@example.invalid\"}");
    assertThat(known.status()).isEqualTo(202);
    assertThat(unknown.status()).isEqualTo(202);
    assertThat(known.body()).isEqualTo(unknown.body());
    String token = tokenMailedTo(email, "Reset your");
    // asked again at once: no second e-mail
    api().postJson("api/v1/passwords/reset-requests", null, "{\"email\":\"" + email + "\"}");
    Thread.sleep(1_000);
    assertThat(messagesTo(email, "Reset your")).hasSize(1);

    String changed = STRONG + " changed";
    assertThat(setPassword(token, changed, changed).status()).isEqualTo(200);
    assertThat(api().get("api/v1/csps?size=1", email + ":" + STRONG).status()).isEqualTo(401);

    // changing it while signed in needs the current one
    String credentials = email + ":" + changed;
    Api.Reply wrong =
        api()
            .postJson(
                "api/v1/me/password",
                credentials,
                "{\"current\":\"nope\",\"password\":\""
                    + STRONG
                    + "\",\"repeat\":\""
                    + STRONG
                    + "\"}");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.json().getString("message")).contains("current password");
    Api.Reply right =
        api()
            .postJson(
                "api/v1/me/password",
                credentials,
                "{\"current\":\""
                    + changed
                    + "\",\"password\":\""
                    + STRONG
                    + "\",\"repeat\":\""
                    + STRONG
                    + "\"}");
    assertThat(right.status()).as(right.body()).isEqualTo(204);
    assertThat(api().get("api/v1/csps?size=1", credentials).status()).isEqualTo(401);
    assertThat(api().get("api/v1/csps?size=1", email + ":" + STRONG).status()).isEqualTo(200);
  }

  @Test
  void aPersonChoosesTheirLanguageAndADailySummaryInsteadOfAnEmailForEachNotice() throws Exception {
    String email = "dai." + System.nanoTime() + "@example.invalid";
    // acting for both Cambridges (the council and the partnership), so work for either reaches them
    List<Long> cambridges = organisations("Cambridge");
    Api.Reply invited =
        api()
            .postJson(
                "api/v1/accounts",
                Api.ADMIN,
                "{\"email\":\""
                    + email
                    + "\",\"displayName\":\"Dai Digest\",\"roles\":[\"PARTNER_OFFICER\"],"
                    + "\"organisationIds\":"
                    + cambridges
                    + "}");
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    setPassword(tokenMailedTo(email, "account"), STRONG, STRONG);
    String me = email + ":" + STRONG;

    JsonObject settings = api().get("api/v1/me/settings", me).json();
    assertThat(settings.getString("language")).isEqualTo("en");
    assertThat(settings.getJsonObject("notifications").getString("ROUTED")).isEqualTo("EMAIL");
    Api.Reply changed =
        api()
            .putJson(
                "api/v1/me/settings",
                me,
                "{\"language\":\"cy\",\"notifications\":{\"ROUTED\":\"DIGEST\",\"ASSIGNED\":\"NONE\"}}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getJsonObject("notifications").getString("ROUTED"))
        .isEqualTo("DIGEST");
    assertThat(changed.json().getString("language")).isEqualTo("cy");
    assertThat(
            api()
                .putJson("api/v1/me/settings", me, "{\"notifications\":{\"ROUTED\":\"SOMETIMES\"}}")
                .status())
        .isEqualTo(400);
    assertThat(api().putJson("api/v1/me/settings", me, "{\"language\":\"fr\"}").status())
        .isEqualTo(400);

    for (String body : List.of("COUNCIL", "PARTNERSHIP")) {
      Api.Reply opened =
          api()
              .postJson(
                  "api/v1/work-items",
                  Api.COORDINATOR,
                  "{\"type\":\"ACTION_REQUEST\",\"csp\":\"E22000013\",\"title\":\"Digest check\","
                      + "\"targetBody\":\""
                      + body
                      + "\"}");
      assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }
    api().postJson("api/v1/test/outbox", Api.ADMIN, "{}");
    Thread.sleep(500);
    assertThat(messagesTo(email, "")).hasSize(1); // the invitation only: no e-mail per notice

    api()
        .postJson(
            "api/v1/test/clock?date=" + java.time.LocalDate.now().plusDays(1), Api.ADMIN, "{}");
    api().postJson("api/v1/test/outbox", Api.ADMIN, "{}");
    String summary = tokenless(email, "Eich crynodeb");
    assertThat(summary).contains("Dai Digest").contains("WI-");
    // sent once: another pass sends nothing more
    api().postJson("api/v1/test/outbox", Api.ADMIN, "{}");
    Thread.sleep(500);
    assertThat(messagesTo(email, "Eich crynodeb")).hasSize(1);
  }

  @Test
  void aPersonSeesWhereTheyAreSignedInAndSignsOutTheOtherBrowsers() throws Exception {
    String email = "sian." + System.nanoTime() + "@example.invalid";
    long id = invite(email, "Sian Sessions", "CSP_COORDINATOR", organisation("Cambridge"));
    setPassword(tokenMailedTo(email, "account"), STRONG, STRONG);
    URI site = base.toURI();
    PageSweep.Session first = PageSweep.session(site);
    PageSweep.Session second = PageSweep.session(site);
    first.signIn(email, STRONG);
    second.signIn(email, STRONG);

    String credentials = email + ":" + STRONG;
    assertThat(api().get("api/v1/me/sessions", credentials).jsonValue().asJsonArray()).hasSize(2);
    HttpResponse<String> page = first.get("account/sessions.xhtml");
    assertThat(page.body()).contains("this browser").contains("Sign out of all other browsers");

    // from the first browser, sign out of the others: the second is sent to sign in again
    Document sessions = Jsoup.parse(page.body());
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : sessions.select("form#sessions input[name]")) {
      fields.put(input.attr("name"), input.attr("value"));
    }
    fields.put("sessions:endOthers", "Sign out of all other browsers");
    HttpResponse<String> ended = first.post(page.uri().toString(), fields);
    assertThat(ended.body()).contains("1 other browser has been signed out");
    assertThat(second.get("account/sessions.xhtml").uri().getPath()).endsWith("login.xhtml");
    assertThat(first.get("account/sessions.xhtml").uri().getPath()).endsWith("sessions.xhtml");
    assertThat(api().get("api/v1/me/sessions", credentials).jsonValue().asJsonArray()).hasSize(1);

    // an administrator ends them all
    act(id, "end-sessions");
    assertThat(first.get("account/sessions.xhtml").uri().getPath()).endsWith("login.xhtml");
    assertThat(api().get("api/v1/me/sessions", credentials).jsonValue().asJsonArray()).isEmpty();
    assertThat(audited(email)).contains("other sessions ended").contains("sessions ended");
  }

  @Test
  void codesFromTheAppAreTakenOnceAndTheApiThenWantsATokenInsteadOfThePassword() throws Exception {
    String email = "tess." + System.nanoTime() + "@example.invalid";
    long id = invite(email, "Tess Twofactor", "CSP_COORDINATOR", organisation("Cambridge"));
    setPassword(tokenMailedTo(email, "account"), STRONG, STRONG);
    String basic = email + ":" + STRONG;
    api().postJson("api/v1/test/clock?date=2026-12-04", Api.ADMIN, "{}");
    Instant now = ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneId.of("Europe/London")).toInstant();

    Api.Reply begun = api().postJson("api/v1/me/two-factor", basic, "{}");
    assertThat(begun.status()).as(begun.body()).isEqualTo(200);
    String secret = begun.json().getString("secret");
    assertThat(begun.json().getString("uri"))
        .startsWith("otpauth://totp/Safer%20Partnerships:")
        .contains("secret=" + secret);
    // a code of another time is refused, and nothing is turned on
    assertThat(confirm(basic, Totp.code(secret, now.plusSeconds(300))).json().getString("message"))
        .contains("not right");
    assertThat(api().get("api/v1/me/two-factor", basic).json().getBoolean("enabled")).isFalse();

    // the code of the step before now (a phone's clock a little behind) confirms it
    Api.Reply confirmed = confirm(basic, Totp.code(secret, now.minusSeconds(30)));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    List<String> recovery =
        confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));

    // the password alone opens nothing more on the API
    Api.Reply refused = api().get("api/v1/csps?size=1", basic);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().getString("message")).contains("personal access token");

    // a token is made with the password and the code of now; the same code again is refused
    Api.Reply made = makeToken(basic, Totp.code(secret, now), "{\"name\":\"nightly\",\"days\":1}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String nightly = made.json().getString("secret");
    assertThat(nightly).startsWith("sp_pat_");
    Api.Reply replayed =
        makeToken(basic, Totp.code(secret, now), "{\"name\":\"again\",\"days\":1}");
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.json().getString("message")).contains("used already");
    // the code of the next step (a phone's clock a little ahead) is taken, once
    Api.Reply second =
        makeToken(basic, Totp.code(secret, now.plusSeconds(30)), "{\"name\":\"figures\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    String figures = second.json().getString("secret");
    assertThat(second.json().getJsonObject("token").getString("expiresAt"))
        .startsWith("2027-03-04");

    assertThat(bearer("api/v1/csps?size=1", nightly).status()).isEqualTo(200);
    Api.Reply listed = bearer("api/v1/me/tokens", nightly);
    assertThat(listed.jsonValue().asJsonArray()).hasSize(2);
    assertThat(listed.body()).doesNotContain(nightly).doesNotContain(figures);
    // a token cannot make another token
    Api.Reply byToken =
        api()
            .send(
                api()
                    .request("api/v1/me/tokens", null)
                    .header("Authorization", "Bearer " + nightly)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                    .build());
    assertThat(byToken.status()).isEqualTo(403);
    assertThat(bearer("api/v1/csps?size=1", "sp_pat_forged" + nightly.substring(13)).status())
        .isEqualTo(401);

    // revoked, the figures token opens nothing; a day on, the nightly one has expired
    long figuresId = second.json().getJsonObject("token").getJsonNumber("id").longValue();
    Api.Reply revoked =
        api()
            .send(
                api()
                    .request("api/v1/me/tokens/" + figuresId, null)
                    .header("Authorization", "Bearer " + nightly)
                    .DELETE()
                    .build());
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(bearer("api/v1/csps?size=1", figures).json().getString("message"))
        .contains("revoked");
    api().postJson("api/v1/test/clock?date=2026-12-06", Api.ADMIN, "{}");
    assertThat(bearer("api/v1/csps?size=1", nightly).status()).isEqualTo(401);

    assertThat(audited(email))
        .contains("two-factor authentication turned on")
        .contains("API token made: nightly")
        .contains("API token revoked: figures");

    // an administrator resets it for a lost phone: the password works alone again
    act(id, "reset-two-factor");
    assertThat(api().get("api/v1/csps?size=1", basic).status()).isEqualTo(200);
    assertThat(audited(email)).contains("two-factor authentication reset");
  }

  @Test
  void aBrowserSignInAsksForTheCodeAndARecoveryCodeWorksOnce() throws Exception {
    String email = "rhys." + System.nanoTime() + "@example.invalid";
    invite(email, "Rhys Recovery", "PARTNER_OFFICER", organisation("Cambridge"));
    setPassword(tokenMailedTo(email, "account"), STRONG, STRONG);
    String basic = email + ":" + STRONG;
    api().postJson("api/v1/test/clock?date=2026-12-04", Api.ADMIN, "{}");
    Instant now = ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneId.of("Europe/London")).toInstant();
    String secret = api().postJson("api/v1/me/two-factor", basic, "{}").json().getString("secret");
    List<String> recovery =
        confirm(basic, Totp.code(secret, now))
            .json()
            .getJsonArray("recoveryCodes")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList();

    PageSweep.Session browser = PageSweep.session(base.toURI());
    browser.signIn(email, STRONG);
    assertThat(browser.lastUri().getPath()).endsWith("login-code.xhtml");
    // nothing is open before the code
    assertThat(browser.get("account/settings.xhtml").uri().getPath()).endsWith("login.xhtml");

    browser.signIn(email, STRONG);
    HttpResponse<String> asked = browser.get("login-code.xhtml");
    // the code already taken by the set-up is refused; the sign-in still waits
    HttpResponse<String> wrong =
        browser.submit(
            asked,
            "secondFactor",
            Map.of("secondFactor:code", Totp.code(secret, now), "secondFactor:submit", "Continue"));
    assertThat(wrong.body()).contains("That code is not right");
    HttpResponse<String> in =
        browser.submit(
            wrong,
            "secondFactor",
            Map.of(
                "secondFactor:code",
                recovery.get(0).toUpperCase(),
                "secondFactor:submit",
                "Continue"));
    assertThat(in.uri().getPath()).doesNotEndWith("login-code.xhtml");
    assertThat(browser.get("account/settings.xhtml").uri().getPath()).endsWith("settings.xhtml");

    // the recovery code is used up
    PageSweep.Session other = PageSweep.session(base.toURI());
    other.signIn(email, STRONG);
    HttpResponse<String> again =
        other.submit(
            other.get("login-code.xhtml"),
            "secondFactor",
            Map.of("secondFactor:code", recovery.get(0), "secondFactor:submit", "Continue"));
    assertThat(again.body()).contains("That code is not right");
    assertThat(api().get("api/v1/me/two-factor", email + ":" + STRONG).status()).isEqualTo(401);
    assertThat(audited(email)).contains("signed in with a recovery code");
    // wrong codes count toward the lock as wrong passwords do
    api().delete("api/v1/test/throttle", Api.ADMIN);
    for (int i = 0; i < 5; i++) {
      other.submit(
          other.get("login-code.xhtml"),
          "secondFactor",
          Map.of("secondFactor:code", "000000", "secondFactor:submit", "Continue"));
    }
    assertThat(account(idOf(email)).getString("status")).isEqualTo("LOCKED");
  }

  @Test
  void anAccountWhoseRoleRequiresTwoFactorCanOnlySetItUp() throws Exception {
    String email = "dee." + System.nanoTime() + "@example.invalid";
    invite(email, "Dee Required", "CSP_COORDINATOR", organisation("Cambridge"));
    setPassword(tokenMailedTo(email, "account"), STRONG, STRONG);
    String basic = email + ":" + STRONG;
    api().postJson("api/v1/test/two-factor/required?roles=CSP_COORDINATOR", Api.ADMIN, "{}");
    try {
      Api.Reply refused = api().get("api/v1/csps?size=1", basic);
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.json().getString("message")).contains("requires two-factor");
      JsonObject status = api().get("api/v1/me/two-factor", basic).json();
      assertThat(status.getBoolean("required")).isTrue();
      assertThat(status.getBoolean("enabled")).isFalse();

      PageSweep.Session browser = PageSweep.session(base.toURI());
      browser.signIn(email, STRONG);
      assertThat(browser.get("index.xhtml").uri().getPath()).endsWith("account/two-factor.xhtml");
      HttpResponse<String> page = browser.get("casereview/cases.xhtml");
      assertThat(page.uri().getPath()).endsWith("account/two-factor.xhtml");
      assertThat(page.body()).contains("Your role requires two-factor authentication");
      // it cannot be turned off once on
      api().postJson("api/v1/test/clock?date=2026-12-04", Api.ADMIN, "{}");
      Instant now =
          ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneId.of("Europe/London")).toInstant();
      String secret =
          api().postJson("api/v1/me/two-factor", basic, "{}").json().getString("secret");
      assertThat(confirm(basic, Totp.code(secret, now)).status()).isEqualTo(200);
      // turned on from the API, the browser's session has ended
      assertThat(browser.get("index.xhtml").uri().getPath()).endsWith("login.xhtml");
    } finally {
      api().delete("api/v1/test/two-factor/required", Api.ADMIN);
    }
  }

  private Api.Reply confirm(String credentials, String code) {
    return api()
        .postJson("api/v1/me/two-factor/confirm", credentials, "{\"code\":\"" + code + "\"}");
  }

  private Api.Reply makeToken(String credentials, String code, String body) {
    return api()
        .send(
            api()
                .request("api/v1/me/tokens", credentials)
                .header("X-Two-Factor-Code", code)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
  }

  private Api.Reply bearer(String path, String token) {
    return api()
        .send(api().request(path, null).header("Authorization", "Bearer " + token).GET().build());
  }

  @Test
  void badInvitationsAreRefusedByNameAndWriteNothing() {
    long before =
        api().get("api/v1/accounts?size=1", Api.ADMIN).json().getJsonNumber("total").longValue();
    assertThat(
            api()
                .postJson(
                    "api/v1/accounts",
                    Api.ADMIN,
                    "{\"email\":\"not an address\",\"displayName\":\"X\",\"roles\":[\"CSP_COORDINATOR\"]}")
                .status())
        .isEqualTo(400);
    assertThat(
            api()
                .postJson(
                    "api/v1/accounts",
                    Api.ADMIN,
                    "{\"email\":\"a@example.invalid\",\"displayName\":\"X\",\"roles\":[\"KING\"]}")
                .status())
        .isEqualTo(400);
    Api.Reply noOrganisation =
        api()
            .postJson(
                "api/v1/accounts",
                Api.ADMIN,
                "{\"email\":\"b@example.invalid\",\"displayName\":\"X\",\"roles\":[\"CSP_COORDINATOR\"]}");
    assertThat(noOrganisation.status()).isEqualTo(422);
    assertThat(noOrganisation.json().getString("message")).contains("Choose the organisation");
    assertThat(
            api()
                .postJson(
                    "api/v1/accounts",
                    Api.ADMIN,
                    "{\"email\":\"c@example.invalid\",\"displayName\":\"X\",\"roles\":[]}")
                .status())
        .isEqualTo(422);
    Api.Reply tooLong =
        api()
            .postJson(
                "api/v1/accounts",
                Api.ADMIN,
                "{\"email\":\""
                    + "x".repeat(95)
                    + "@example.invalid\",\"displayName\":\"X\",\"roles\":[\"ADMIN\"]}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("100 characters or fewer");
    assertThat(api().get("api/v1/accounts/999999", Api.ADMIN).status()).isEqualTo(404);
    assertThat(
            api()
                .postJson(
                    "api/v1/accounts/" + idOf("admin") + "/actions/fly",
                    Api.ADMIN,
                    "{\"version\":0}")
                .status())
        .isEqualTo(400);
    assertThat(api().get("api/v1/accounts?status=SLEEPING", Api.ADMIN).status()).isEqualTo(400);
    assertThat(
            api()
                .get("api/v1/accounts?size=1", Api.ADMIN)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(before);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private long invite(String email, String name, String role, long organisation) {
    return invite(email, name, role, organisation, false);
  }

  private long invite(String email, String name, String role, long organisation, boolean lead) {
    Api.Reply reply =
        api()
            .postJson(
                "api/v1/accounts", Api.ADMIN, invitation(email, name, role, organisation, lead));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getJsonNumber("accountId").longValue();
  }

  private static String invitation(
      String email, String name, String role, long organisation, boolean lead) {
    return "{\"email\":\""
        + email
        + "\",\"displayName\":\""
        + name
        + "\",\"roles\":[\""
        + role
        + "\"],\"organisationIds\":["
        + organisation
        + "],\"lead\":"
        + lead
        + "}";
  }

  private long organisation(String name) {
    return api()
        .get("api/v1/accounts/organisations?q=" + name.replace(" ", "%20"), Api.ADMIN)
        .jsonValue()
        .asJsonArray()
        .stream()
        .map(value -> value.asJsonObject())
        .filter(o -> o.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organisation " + name))
        .getJsonNumber("id")
        .longValue();
  }

  private List<Long> organisations(String name) {
    return api()
        .get("api/v1/accounts/organisations?q=" + name, Api.ADMIN)
        .jsonValue()
        .asJsonArray()
        .stream()
        .map(value -> value.asJsonObject())
        .filter(o -> o.getString("name").equals(name))
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  private String tokenless(String email, String subject) throws Exception {
    for (int i = 0; i < 50; i++) {
      List<MimeMessage> found = messagesTo(email, subject);
      if (!found.isEmpty()) {
        return String.valueOf(found.get(0).getContent());
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no e-mail to " + email + " about " + subject);
  }

  private long idOf(String username) {
    return api()
        .get("api/v1/accounts?size=200&q=" + username, Api.ADMIN)
        .json()
        .getJsonArray("items")
        .stream()
        .map(value -> value.asJsonObject())
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private JsonObject account(long id) {
    Api.Reply reply = api().get("api/v1/accounts/" + id, Api.ADMIN);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonObject act(long id, String action) {
    Api.Reply reply =
        api()
            .postJson(
                "api/v1/accounts/" + id + "/actions/" + action,
                Api.ADMIN,
                "{\"version\":" + account(id).getJsonNumber("version") + "}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private Api.Reply setPassword(String token, String password, String repeat) {
    return api()
        .postJson(
            "api/v1/passwords/set",
            null,
            "{\"token\":\""
                + token
                + "\",\"password\":\""
                + password
                + "\",\"repeat\":\""
                + repeat
                + "\"}");
  }

  private String tokenMailedTo(String email, String subject) throws Exception {
    for (int i = 0; i < 50; i++) {
      List<MimeMessage> found = messagesTo(email, subject);
      if (!found.isEmpty()) {
        Matcher token = TOKEN.matcher(String.valueOf(found.get(found.size() - 1).getContent()));
        assertThat(token.find()).isTrue();
        return token.group(1);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no e-mail to " + email + " about " + subject);
  }

  private List<MimeMessage> messagesTo(String email, String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return message.getAllRecipients()[0].toString().equalsIgnoreCase(email)
                    && message.getSubject().contains(subject);
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private String audited(String username) {
    return api()
        .get("api/v1/audit?subjectRef=" + username + "&size=50", "dpo:dpo-demo-2026")
        .body();
  }
}
