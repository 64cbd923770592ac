package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.account.twofactor.Totp;
import org.saferpartnerships.it.pages.AccountsPage;
import org.saferpartnerships.it.pages.AddMemberPage;
import org.saferpartnerships.it.pages.AnyPage;
import org.saferpartnerships.it.pages.ApplicationForm;
import org.saferpartnerships.it.pages.CalendarPage;
import org.saferpartnerships.it.pages.CampaignsPage;
import org.saferpartnerships.it.pages.CaseReviewPage;
import org.saferpartnerships.it.pages.CasesPage;
import org.saferpartnerships.it.pages.CodePage;
import org.saferpartnerships.it.pages.CodebookPage;
import org.saferpartnerships.it.pages.CodingListPage;
import org.saferpartnerships.it.pages.ConsultationPage;
import org.saferpartnerships.it.pages.ConsultationsPage;
import org.saferpartnerships.it.pages.CspPage;
import org.saferpartnerships.it.pages.DiscoveryPage;
import org.saferpartnerships.it.pages.ErrorPage;
import org.saferpartnerships.it.pages.FollowUpPage;
import org.saferpartnerships.it.pages.ForceAreaPage;
import org.saferpartnerships.it.pages.GrantRegisterPage;
import org.saferpartnerships.it.pages.HomePage;
import org.saferpartnerships.it.pages.ImportPage;
import org.saferpartnerships.it.pages.InboxPage;
import org.saferpartnerships.it.pages.LetterTemplatesPage;
import org.saferpartnerships.it.pages.MeetingsPage;
import org.saferpartnerships.it.pages.NewConsultationPage;
import org.saferpartnerships.it.pages.NewWorkItemPage;
import org.saferpartnerships.it.pages.RecordApplicationPage;
import org.saferpartnerships.it.pages.RegistryImportsPage;
import org.saferpartnerships.it.pages.RegistryListPage;
import org.saferpartnerships.it.pages.ReportPage;
import org.saferpartnerships.it.pages.ReportRequestsPage;
import org.saferpartnerships.it.pages.ReviewRequestPage;
import org.saferpartnerships.it.pages.SetPasswordPage;
import org.saferpartnerships.it.pages.SignInPage;
import org.saferpartnerships.it.pages.SignInRequestsPage;
import org.saferpartnerships.it.pages.SubmissionPage;
import org.saferpartnerships.it.pages.SubmissionsPage;
import org.saferpartnerships.it.pages.SuggestionsPage;
import org.saferpartnerships.it.pages.TwoFactorSetUpPage;
import org.saferpartnerships.it.pages.VictimsPage;
import org.saferpartnerships.it.pages.Walk;
import org.saferpartnerships.it.pages.WorkItemPage;

/**
 * The pages in a real browser, as short scenarios of page objects ({@code it.pages}, one class per
 * page) grouped by context: signing in and the registry, consultations, work between partners and
 * its administration, case reviews, and submissions and accountability. A long story is a scenario
 * of named steps. Every page is scanned with axe-core, in English and in Welsh. One deployment
 * serves them all: sections of this class rather than @Nested classes, because Arquillian's JUnit 5
 * extension (1.10) runs a nested class's tests on an outer instance it has not enriched (tried: the
 * deployment's URL is null there; arquillian-core issue 773).
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

  /** With the test controls, to send the outbox; the clock stays the real one. */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  // ---- signing in and the registry --------------------------------------------------------

  @Test
  void theSignInPageExplainsAWrongPasswordAndMissingFields() {
    SignInPage signIn = SignInPage.open(browser);
    signIn.assertAccessible("sign in");

    assertThat(signIn.submitEmpty().errors())
        .contains("Enter your username")
        .contains("Enter your password");
    signIn.assertAccessible("sign in with errors");

    assertThat(signIn.attempt("coordinator", "not-the-password").errors())
        .contains("The username or password is not right");
  }

  @Test
  void aCoordinatorSeesTheirPartnershipBrowsesFiltersAndOpensACsp() {
    HomePage home = SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    assertThat(home.heading()).isEqualTo("Community safety partnerships");
    assertThat(home.main()).contains("You work with 1 partnership").contains("Cambridge");
    home.assertAccessible("home");

    RegistryListPage list = home.partnerships().shows("314 partnerships");
    list.assertAccessible("partnership list");
    list.country("Wales").apply().shows("21 partnerships");
    assertThat(list.table())
        .contains("Isle of Anglesey")
        .contains("Cwm Taf")
        .doesNotContain("Cambridge");
    list.clear().shows("314 partnerships");
    list.search("cam").forceArea("Cambridgeshire").apply().shows("3 partnerships");

    CspPage cambridge = list.openCsp("Cambridge");
    assertThat(cambridge.main())
        .contains("E22000013")
        .contains("Cambridgeshire and Peterborough Police and Crime Commissioner")
        .contains("You work with this partnership")
        .contains("E07000008");
    cambridge.assertAccessible("CSP page");

    ForceAreaPage area = cambridge.forceArea("Cambridgeshire");
    assertThat(area.main())
        .contains("Cambridgeshire Constabulary")
        .contains("6 Community Safety Partnerships");
    area.assertAccessible("force area page");
  }

  @Test
  void theListsPageAndSortInTheDatabase() {
    HomePage home = SignInPage.open(browser).signIn("analyst", "analyst-demo-2026");
    assertThat(home.main()).contains("Your role sees every partnership in England and Wales");

    RegistryListPage csps = RegistryListPage.open(browser, "registry/csps.xhtml").shows("314");
    String firstPage = csps.table();
    assertThat(csps.nextPage("26 to 50 of 314").table()).isNotEqualTo(firstPage);

    RegistryListPage areas =
        RegistryListPage.open(browser, "registry/force-areas.xhtml").shows("43 police force areas");
    assertThat(areas.table())
        .contains("Mayor with PCC functions")
        .contains("Police, fire and crime commissioner");
    areas.assertAccessible("force area list");

    RegistryListPage.open(browser, "registry/councils.xhtml?councilType=W06")
        .shows("22 councils")
        .assertAccessible("council list");
  }

  @Test
  void aFilteredListDownloadsAsCsvWithEveryMatchingRow() {
    SignInPage.open(browser).signIn("pcc", "pcc-demo-2026");
    RegistryListPage wales =
        RegistryListPage.open(browser, "registry/csps.xhtml?country=W").shows("21 partnerships");

    String csv = new String(wales.downloadCsv("csps.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith(
            "\uFEFFCode,Name,Name in Welsh,Country,Police force area code,Police force area,Council codes\r\n");
    assertThat(csv.split("\r\n")).hasSize(22);
    assertThat(csv)
        .contains("W14000001,Isle of Anglesey,Ynys Môn,Wales,W15000001,North Wales,W06000001");
    assertThat(csv)
        .contains("W14000023,Cwm Taf,Cwm Taf,Wales,W15000003,South Wales,W06000016 W06000024");
  }

  @Test
  void aLockedAccountIsRefusedWithTheSameWordsAsAWrongPassword() {
    String first = null;
    for (int attempt = 1; attempt <= 6; attempt++) {
      String message =
          SignInPage.open(browser).attempt("cydlynydd", "wrong-password-" + attempt).errors();
      first = first == null ? message : first;
      assertThat(message).isEqualTo(first); // locked after the fifth: nothing tells it apart
    }
    assertThat(first).contains("The username or password is not right");

    // locked: even the right password is refused, in the same words as for a name that is unknown
    SignInPage signIn = SignInPage.open(browser);
    assertThat(signIn.attempt("cydlynydd", "cydlynydd-demo-2026").errors()).isEqualTo(first);
    assertThat(signIn.attempt("nobody-of-this-name", "whatever-it-is").errors()).isEqualTo(first);
    signIn.assertAccessible("sign in, refused");
  }

  @Test
  void signingInFromTheWelshSignInPageOpensTheHomePageInWelsh() {
    browser.driver().manage().deleteAllCookies();
    AnyPage signIn = AnyPage.open(browser, "login.xhtml?lang=cy", "Mewngofnodi");
    signIn.assertAccessible("sign in, in Welsh");
    browser.type(By.id("login:username"), "cydlynydd");
    browser.type(By.id("login:password"), "cydlynydd-demo-2026");
    browser.submit(By.id("login:signIn"));
    try {
      assertThat(browser.heading()).isEqualTo("Partneriaethau diogelwch cymunedol");
      assertThat(browser.driver().getCurrentUrl()).endsWith("index.xhtml");
      AnyPage.shown(browser).assertAccessible("home after signing in in Welsh");
    } finally {
      browser.open("index.xhtml?lang=en");
      browser.signOut();
    }
  }

  @Test
  void welshIsChosenOnAnyPageAndRemembered() {
    HomePage home = SignInPage.open(browser).signIn("dpo", "dpo-demo-2026");
    try {
      home.inWelsh("Partneriaethau diogelwch cymunedol");
      assertThat(home.language()).isEqualTo("cy");
      home.assertAccessible("home in Welsh");

      RegistryListPage wales =
          RegistryListPage.open(browser, "registry/csps.xhtml?country=W")
              .shows("21 o bartneriaethau");
      assertThat(wales.table()).contains("Ynys Môn").contains("Caerdydd").contains("Gogledd Cymru");
      wales.assertAccessible("partnership list in Welsh");

      assertThat(home.signOut().heading()).isEqualTo("Mewngofnodi");
      browser.driver().manage().deleteAllCookies();
      assertThat(SignInPage.open(browser).signIn("dpo", "dpo-demo-2026").heading())
          .isEqualTo("Partneriaethau diogelwch cymunedol");
    } finally {
      browser.open("index.xhtml?lang=en");
    }
    assertThat(browser.heading()).isEqualTo("Community safety partnerships");
  }

  @Test
  void anAdministratorImportsAFileWithErrorsAndSeesEveryProblemByLine(
      @org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    Path bad = folder.resolve("bad-lookup.csv");
    Files.writeString(
        bad,
        "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n"
            + "E0700008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n"
            + "E07000012,South Cambridgeshire,E22000013,Cambridge,E23000026,Bedfordshire\n",
        StandardCharsets.UTF_8);
    RegistryImportsPage imports =
        SignInPage.open(browser).signIn("admin", "admin-demo-2026").registryImports();
    imports.assertAccessible("imports");

    assertThat(imports.upload(bad).problems())
        .contains("2 ‘E0700008’ is not valid as the council (LAD) code")
        .contains(
            "3 CSP E22000013 is placed in force area E23000026 here but in E23000023 at line 2");
    assertThat(imports.summary()).contains("there are 2 problems");
    imports.assertAccessible("imports with problems");

    imports.upload(Deployments.testData().resolve("LAD19_CSP19_PFA19_EW_LU_ons-lookups-194.csv"));
    assertThat(imports.preview())
        .contains("342 rows: 339 councils, 314 partnerships, 43 police force areas");
    assertThat(imports.validFrom()).isEqualTo("2019-04-01");
    imports.assertAccessible("imports preview");
    assertThat(imports.cancel()).isTrue();
  }

  @Test
  void anAdministratorAddsAndRemovesAMember() {
    String name = "Browser Test Fire Authority " + System.nanoTime();
    SignInPage.open(browser).signIn("admin", "admin-demo-2026");
    AddMemberPage add = CspPage.open(browser, "E22000013").addMember();
    add.assertAccessible("add member");

    assertThat(add.addNothing().errors()).contains("Choose the organisation’s role");
    add.assertAccessible("add member with errors");

    CspPage cambridge =
        add.addNew("Fire and rescue authority", name, "Responsible authority", "Cambridge");
    assertThat(cambridge.members()).contains(name).contains("Added by an administrator");
    assertThat(cambridge.remove(name).members()).doesNotContain(name);
  }

  @Test
  void anAdministratorInvitesSomeoneWhoChoosesAPasswordFromTheEmailedLinkAndSignsIn()
      throws Exception {
    int port = Integer.parseInt(System.getProperty("sp.smtp.port", "25025"));
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      String email = "bryn." + System.nanoTime() + "@example.invalid";
      SignInPage.open(browser).signIn("admin", "admin-demo-2026");
      AccountsPage accounts = AccountsPage.open(browser, "en");
      assertThat(accounts.main()).contains("Ada Admin");
      accounts.assertAccessible("accounts");
      accounts.invite().assertAccessible("invite someone");
      assertThat(accounts.refused("invite:send").errors())
          .contains("Enter the person’s work e-mail address");
      accounts.assertAccessible("invite someone with errors");
      accounts
          .type("invite:email", email)
          .type("invite:displayName", "Bryn Browser")
          .role("CSP coordinator")
          .organisation("invite", "Cambridge")
          .press("invite:send", "An invitation has been sent to " + email);
      assertThat(accounts.part("summary")).contains("Invited");
      accounts.assertAccessible("an invited account");
      AccountsPage.open(browser, "cy").assertAccessible("accounts in Welsh");
      AnyPage.open(browser, "account/password.xhtml?lang=en", "Change your password")
          .assertAccessible("change your password");
      browser.signOut();

      MimeMessage invitation = null;
      for (int i = 0; i < 50 && invitation == null; i++) {
        invitation =
            java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("You have been given an account"))
                .findFirst()
                .orElse(null);
        Thread.sleep(200);
      }
      assertThat(invitation).isNotNull();
      java.util.regex.Matcher token =
          java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)")
              .matcher(String.valueOf(invitation.getContent()));
      assertThat(token.find()).isTrue();
      SetPasswordPage choose = SetPasswordPage.open(browser, token.group(1));
      choose.assertAccessible("choose your password");
      assertThat(choose.refusedWith("password1234").errors()).contains("used most often");
      choose.assertAccessible("choose your password with an error");
      choose.choose("Slate quarry heron 58 window").assertAccessible("signed in after choosing");
      browser.signIn(email, "Slate quarry heron 58 window");
      assertThat(browser.text(By.cssSelector("header"))).contains("Bryn Browser");
      AnyPage.open(browser, "account/settings.xhtml?lang=cy", "Eich gosodiadau")
          .assertAccessible("your settings in Welsh");
      browser.open("account/settings.xhtml?lang=en");
      browser.signOut();
      AnyPage.open(
              browser, "account/forgotten-password.xhtml?lang=cy", "Wedi anghofio eich cyfrinair?")
          .assertAccessible("forgotten password in Welsh");
      browser.open("public/apply/index.xhtml?lang=en");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aPersonSetsUpTwoFactorSignsInWithACodeAndMakesAnApiToken() {
    Api api = new Api(base);
    String username = "tfa" + System.nanoTime() % 1_000_000;
    String password = "tfa-browser-test-2026";
    api.postJson(
        "api/v1/test/accounts/" + username,
        Api.ADMIN,
        "{\"password\":\""
            + password
            + "\",\"role\":\"PARTNER_OFFICER\",\"orgType\":\"COUNCIL\",\"area\":\"E07000008\"}");
    api.postJson("api/v1/test/clock?date=2026-12-04", Api.ADMIN, "{}");
    java.time.Instant now =
        java.time.ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, java.time.ZoneId.of("Europe/London"))
            .toInstant();
    try {
      browser.signIn(username, password);
      TwoFactorSetUpPage setUp = TwoFactorSetUpPage.open(browser, "en");
      setUp.assertAccessible("two-factor, off");
      String secret = setUp.begin();
      setUp.assertAccessible("two-factor, scan the code");
      setUp.type("enrol:code", Totp.code(secret, now.plusSeconds(600)));
      assertThat(setUp.refused("enrol:confirm").errors()).contains("That code is not right");
      setUp.assertAccessible("two-factor, a wrong code");
      List<String> recovery = setUp.confirm(Totp.code(secret, now));
      assertThat(recovery).hasSize(10);
      setUp.assertAccessible("two-factor, the recovery codes");
      TwoFactorSetUpPage.open(browser, "cy").assertAccessible("two-factor in Welsh");

      AnyPage tokens = AnyPage.open(browser, "account/tokens.xhtml?lang=en", "API tokens");
      tokens.assertAccessible("API tokens, none");
      browser.type(By.id("tokens:name"), "monthly figures");
      browser.submit(By.id("tokens:create"));
      String token = browser.text(By.id("secret"));
      assertThat(token).startsWith("sp_pat_");
      assertThat(tokens.main()).contains("monthly figures");
      tokens.assertAccessible("API tokens, one made");
      Api.Reply withToken =
          api.send(
              api.request("api/v1/csps?size=1", null)
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build());
      assertThat(withToken.status()).isEqualTo(200);
      browser.signOut();

      CodePage code = CodePage.afterPassword(browser, username, password);
      code.assertAccessible("enter your two-factor code");
      // the code the set-up took is not taken twice
      assertThat(code.wrong(Totp.code(secret, now)).errors()).contains("That code is not right");
      code.assertAccessible("enter your code, refused");
      code.enter(Totp.code(secret, now.plusSeconds(30)));
      assertThat(browser.heading()).isNotEqualTo("Enter your two-factor code");
      AnyPage.open(browser, "account/settings.xhtml?lang=en", "Your settings");
      browser.signOut();
      AnyPage.open(browser, "login-code.xhtml?lang=cy", "Rhowch eich cod dau ffactor")
          .assertAccessible("the code page in Welsh, nothing waiting");
      browser.open("login.xhtml?lang=en");
    } finally {
      api.postJson("api/v1/test/clock?date=", Api.ADMIN, "{}");
    }
  }

  @Test
  void staffSignInThroughTheirOrganisationsProviderOnceAnAdministratorHasLetThemIn()
      throws Exception {
    MockOAuth2Server provider = new MockOAuth2Server();
    provider.start(
        java.net.InetAddress.getByName("127.0.0.1"),
        Integer.parseInt(System.getProperty("sp.oidc.port", "25080")));
    try {
      Api api = new Api(base);
      String email = "sso." + System.nanoTime() + "@example.invalid";
      String subject = "staff-" + System.nanoTime();
      provider.enqueueCallback(vouch(subject, email, true, "safer-partnerships", 3600));
      SignInPage.open(browser).assertAccessible("sign in, with the organisation's provider");
      assertThat(viaProvider()).isEqualTo("Waiting for approval");
      AnyPage.shown(browser).assertAccessible("single sign-on, waiting");

      // an administrator approves by inviting them with roles and an organisation
      browser.signIn("admin", "admin-demo-2026");
      SignInRequestsPage requests = SignInRequestsPage.open(browser, "en");
      assertThat(requests.main()).contains(email).contains("Siân Sso");
      requests.assertAccessible("sign-in requests");
      SignInRequestsPage.open(browser, "cy").assertAccessible("sign-in requests in Welsh");
      AccountsPage invite = SignInRequestsPage.open(browser, "en").approve("Siân Sso");
      assertThat(browser.driver().findElement(By.id("invite:email")).getAttribute("value"))
          .isEqualTo(email);
      invite
          .role("CSP coordinator")
          .organisation("invite", "Cambridge")
          .press("invite:send", email);
      assertThat(api.get("api/v1/accounts/sign-in-requests", Api.ADMIN).body())
          .doesNotContain(email);
      browser.signOut();

      // the next sign-in is linked by the verified address; the provider's groups count for nothing
      provider.enqueueCallback(vouch(subject, email, true, "safer-partnerships", 3600));
      assertThat(viaProvider()).isNotEqualTo("Waiting for approval");
      assertThat(browser.text(By.cssSelector("header"))).contains("Siân Sso");
      browser.open("admin/imports.xhtml");
      assertThat(browser.heading()).doesNotContain("Import");
      browser.open("index.xhtml");
      browser.signOut();
      assertThat(
              api.get("api/v1/audit?subjectRef=" + email + "&size=50", "dpo:dpo-demo-2026").body())
          .contains("linked to single sign-on");

      // an address the provider has not verified matches nothing
      provider.enqueueCallback(
          vouch("other-" + subject, "x" + email, false, "safer-partnerships", 3600));
      assertThat(viaProvider()).isEqualTo("Your e-mail address is not confirmed");
      AnyPage.shown(browser).assertAccessible("single sign-on, address not verified");
      // a token meant for another service, and one that has expired, are refused
      provider.enqueueCallback(vouch(subject, email, true, "another-service", 3600));
      assertThat(viaProvider()).isEqualTo("Sign-in through your organisation did not work");
      AnyPage.shown(browser).assertAccessible("single sign-on, refused");
      provider.enqueueCallback(vouch(subject, email, true, "safer-partnerships", -3600));
      assertThat(viaProvider()).isEqualTo("Sign-in through your organisation did not work");
      AnyPage.open(browser, "sso/outcome.xhtml?is=failed&lang=cy", "Ni weithiodd mewngofnodi drwy")
          .assertAccessible("single sign-on refused, in Welsh");
      browser.open("login.xhtml?lang=en");
    } finally {
      provider.shutdown();
    }
  }

  /** Signs in through the provider from the sign-in page; the heading of the page it ends on. */
  private String viaProvider() {
    browser.open("login.xhtml");
    browser.submit(By.id("ssoSignIn"));
    return browser.heading();
  }

  /**
   * What the provider says of the next person to sign in through it. The identity token's audience
   * is the client it was issued to unless another is named.
   */
  private static DefaultOAuth2TokenCallback vouch(
      String subject, String email, boolean verified, String audience, long lifeSeconds) {
    java.util.Map<String, Object> claims = new java.util.HashMap<>();
    claims.put("email", email);
    claims.put("email_verified", verified);
    claims.put("name", "Siân Sso");
    claims.put("groups", List.of("ADMIN"));
    claims.put("roles", List.of("ADMIN"));
    claims.put("aud", audience);
    return new DefaultOAuth2TokenCallback(
        "default", subject, "JWT", List.of(audience), claims, lifeSeconds);
  }

  @Test
  void errorPagesAreInTheLayoutAndAccessible() {
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    ErrorPage notFound = ErrorPage.open(browser, "registry/csp.xhtml?code=E22999999");
    assertThat(notFound.heading()).isEqualTo("Page not found");
    notFound.assertAccessible("not found");

    ErrorPage forbidden = ErrorPage.open(browser, "admin/imports.xhtml");
    assertThat(forbidden.heading()).isEqualTo("You do not have access to this page");
    forbidden.assertAccessible("forbidden");
  }

  @Test
  void anExpiredSessionIsExplainedOnTheSignInPage() {
    SignInPage expired = SignInPage.openExpired(browser);
    assertThat(expired.expiredMessage()).contains("had not done anything for 30 minutes");
    expired.assertAccessible("sign in after expiry");
  }

  // ---- consultations -----------------------------------------------------------------------

  @Test
  void anAnalystSetsUpAConsultationImportsAFileTypesInALetterAndSeesTheTallies(
      @org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    SignInPage.open(browser).signIn("analyst", "analyst-demo-2026");
    ConsultationsPage consultations = ConsultationsPage.fromNavigation(browser);
    consultations.assertAccessible("consultations");
    NewConsultationPage setUp = consultations.setUp();
    setUp.assertAccessible("new consultation");
    assertThat(setUp.createNothing().errors()).contains("problem");
    setUp.assertAccessible("new consultation with errors");
    String title = "Partnership plans " + System.nanoTime();
    ConsultationPage consultation = setUp.create(title, "2026-01-05", "2026-03-30");
    assertThat(consultation.heading()).as(consultation::main).isEqualTo(title);
    assertThat(consultation.part("noQuestions")).contains("no questions");
    consultation.assertAccessible("consultation without questions");

    consultation
        .addQuestion("Should CSPs publish their plans?", "AGREE_SCALE")
        .addQuestion("Why?", "FREE_TEXT");
    assertThat(consultation.part("questionTable"))
        .contains("Q1")
        .contains("Q2")
        .contains("Strongly agree");

    typeInALetter();
    importTwoResponses(folder);
    codeAnAnswer();
    groupACampaign(folder);
    reportAndFollowUp();
    discoverThemesAndTrainSuggestions(folder);
    refuseABadCell(folder);
  }

  /** Types in a response received by letter. */
  private void typeInALetter() {
    ConsultationPage consultation =
        ConsultationPage.shown(browser).typeInLetter(1, "They should be public.");
    assertThat(consultation.part("responseCount")).isEqualTo("1");
  }

  /** Imports a file of two responses: upload, match the columns, import, watch it finish. */
  private void importTwoResponses(Path folder) throws IOException {
    Path file = folder.resolve("responses.csv");
    Files.writeString(
        file,
        "Response ID,Respondent type,Q1,Why?\n"
            + "R-1,Member of the public,Agree,Plans help.\n"
            + "R-2,Community safety partnership,Disagree,Too much work.\n",
        StandardCharsets.UTF_8);
    ImportPage imports = ConsultationPage.shown(browser).importResponses();
    imports.assertAccessible("import upload");
    assertThat(imports.upload(file).columns()).contains("Respondent type").contains("R-1");
    imports.assertAccessible("import mapping");
    assertThat(imports.start().completed()).contains("2 responses were added");
    imports.assertAccessible("import completed");

    ConsultationPage consultation = imports.back();
    assertThat(consultation.part("responseCount")).isEqualTo("3");
    assertThat(consultation.tallies()).contains("Agree").contains("33.3%");
    consultation.assertAccessible("consultation with tallies");
  }

  /** A codebook, then coding: the answers list, one answer, the agreement page and suggestions. */
  private void codeAnAnswer() {
    CodebookPage codebook = ConsultationPage.shown(browser).codebook();
    codebook.assertAccessible("empty codebook");
    codebook
        .add("WORKLOAD", "Workload", "The work the plans ask of partners", 0)
        .add("WORKLOAD.STAFF", "Staff time", null, 1);
    assertThat(codebook.themes()).contains("WORKLOAD.STAFF").contains("Staff time");
    codebook.assertAccessible("codebook");

    CodingListPage coding = codebook.code();
    assertThat(coding.answers()).contains("Too much work.").contains("Not coded by you");
    coding.assertAccessible("coding list");
    assertThat(coding.codeFirstTheme("Too much work.", "much work")).contains("saved");
    assertThat(coding.answers()).contains("WORKLOAD");
    AnyPage agreement = coding.agreement();
    assertThat(agreement.part("noSample")).contains("No answer has been coded by two analysts");
    agreement.assertAccessible("agreement, no sample yet");
    SuggestionsPage suggestions = coding.backToList().suggestions();
    assertThat(suggestions.part("noRun")).contains("not been trained");
    assertThat(suggestions.part("noSuggestions")).contains("No suggestions");
    suggestions.assertAccessible("suggestions, none trained");
    assertThat(suggestions.train().said()).contains("at least 20");
    suggestions.assertAccessible("suggestions, too few coded");
    coding.backToList();
    browser.driver().findElement(By.linkText("Back to the consultation")).click();
    ConsultationPage.shown(browser);
  }

  /** Campaigns: a template sent three times, twice with something added, grouped and marked. */
  private void groupACampaign(Path folder) throws IOException {
    String template =
        "Every partnership should publish its plan and say each year what it did about the"
            + " crimes that worry people most in our town.";
    importFile(
        folder.resolve("campaign.csv"),
        "Response ID,Why?\n"
            + "C-1,\""
            + template
            + "\"\nC-2,\""
            + template
            + " Our street has had four burglaries.\"\nC-3,\"As a parish councillor, "
            + template
            + "\"\n");
    CampaignsPage campaigns = ConsultationPage.shown(browser).campaigns();
    assertThat(campaigns.part("noRun")).contains("not been grouped");
    campaigns.assertAccessible("campaigns, not grouped");
    campaigns.group("0.60");
    assertThat(campaigns.part("summary")).startsWith("1 group holding 3 of the 3");
    assertThat(campaigns.part("preview")).contains("0.60 (chosen)");
    assertThat(campaigns.part("groups")).contains("Q2").contains("Every partnership");
    campaigns.assertAccessible("campaigns, grouped");
    assertThat(campaigns.firstGroupAdditions())
        .containsExactlyInAnyOrder("Our street has had four burglaries", "As a parish councillor");
    campaigns.assertAccessible("campaign group with its additions");
    inWelsh(
        By.id("members"),
        "Ymgyrchoedd ac atebion bron yn union yr un fath",
        "campaign group, in Welsh");
    campaigns.back();
  }

  /** The report, downloaded in each format, and a follow-up of a theme raised from it. */
  private void reportAndFollowUp() {
    String consultation = ConsultationPage.shown(browser).id();
    ReportPage report = ConsultationPage.shown(browser).report();
    assertThat(report.part("campaignsHandled")).contains("Every submission was still counted");
    assertThat(report.main()).contains("WORKLOAD").contains("Agree");
    report.assertAccessible("report");
    // every response with its coding, as a spreadsheet of each kind, read back
    for (org.saferpartnerships.platform.files.TableFormat format :
        List.of(
            org.saferpartnerships.platform.files.TableFormat.CSV,
            org.saferpartnerships.platform.files.TableFormat.XLSX,
            org.saferpartnerships.platform.files.TableFormat.ODS)) {
      String name = "consultation-" + consultation + "-responses." + format.extension();
      org.saferpartnerships.platform.files.TableReader.Table table =
          org.saferpartnerships.platform.files.TableReader.read(
              format, report.download(format.extension(), name), 1_000);
      assertThat(table.headings()).as(format.name()).contains("Q2: Why?", "Q2 themes");
      int themes = table.headings().indexOf("Q2 themes");
      assertThat(table.rows())
          .as(format.name())
          .anyMatch(
              row ->
                  row.cells().contains("Too much work.")
                      && row.cells().get(themes).contains("WORKLOAD"));
    }
    FollowUpPage followUp = report.followUp("WORKLOAD");
    followUp.assertAccessible("follow-up");
    assertThat(followUp.raiseNothing().errors())
        .contains("Choose the community safety partnership");
    followUp.assertAccessible("follow-up refused");
    String title = "Tell partners how much work the plan asks";
    report = followUp.raise("E22000013", "POLICE", title);
    assertThat(report.main()).contains(title).contains("Waiting to be picked up");
    report.assertAccessible("report with a follow-up");
    assertThat(report.links(title))
        .as("an analyst is no party to the work item, so its title is not a link")
        .isFalse();
    report.back();
  }

  /**
   * Candidate themes: too few uncoded answers at first; then a file coded elsewhere with more,
   * whose topics are found and one added to the codebook; and suggestions trained on its coding.
   */
  private void discoverThemesAndTrainSuggestions(Path folder) throws IOException {
    DiscoveryPage discovery = ConsultationPage.shown(browser).discovery();
    assertThat(discovery.part("notYet")).contains("Choose the question");
    discovery.assertAccessible("discovery, not yet run");
    assertThat(discovery.find().part("noTopics")).contains("No topics found among 5");
    discovery.assertAccessible("discovery, too few answers");
    discovery.back();
    importFile(folder.resolve("topics.csv"), topicsFile());
    String consultation = consultationId();
    discovery = ConsultationPage.shown(browser).discovery().find("Q2: Why?", "5");
    assertThat(discovery.part("summary")).contains("of the 21 uncoded answers");
    assertThat(discovery.part("topicList").toLowerCase(java.util.Locale.ROOT))
        .contains("lighting")
        .contains("music");
    discovery.assertAccessible("discovery with topics");
    inWelsh(By.id("topicList"), "Dod o hyd i themâu posibl", "discovery with topics, in Welsh");
    browser.waitFor(By.id("topicList"));
    String label = discovery.adopt("lighting");
    CodebookPage codebook = CodebookPage.shown(browser);
    assertThat(codebook.field("theme:labelEn")).isEqualTo(label);
    assertThat(codebook.field("theme:definitionEn")).contains("lighting");
    assertThat(codebook.addAs("DARK").themes()).contains("DARK").contains(label);

    trainSuggestions(codebook, consultation);
  }

  /** Suggestions trained on the file's coding, one accepted. */
  private void trainSuggestions(CodebookPage codebook, String consultation) {
    codebook.code().suggestions().train();
    browser.waitFor(By.id("trained"));
    // the training was a postback: the list below it is read again from its own address
    SuggestionsPage suggestions = SuggestionsPage.open(browser, consultation);
    browser.waitFor(By.id("suggestions"));
    assertThat(suggestions.part("quality")).contains("All suggestions (micro)");
    assertThat(suggestions.part("suggestions")).contains("Street lighting");
    suggestions.assertAccessible("suggestions with a trained run");
    assertThat(suggestions.acceptFirst().said()).contains("Suggestion accepted");
    suggestions.assertAccessible("suggestions after accepting one");
    ConsultationPage.open(browser, consultation);
  }

  /** A file with a bad cell is refused with its row and column, in Welsh too. */
  private void refuseABadCell(Path folder) throws IOException {
    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, "Response ID,Q1\nB-1,Perhaps\n", StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("importLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Import responses");
    upload(bad);
    browser.waitFor(By.id("columns"));
    browser.submit(By.id("mapping:start"));
    browser.waitFor(By.id("problemTable"));
    assertThat(browser.text(By.id("problemTable")))
        .contains("2")
        .contains("B")
        .contains("Perhaps")
        .contains("1 row")
        .contains("Its options are");
    browser.assertAccessible("import refused");
    try {
      browser.open(
          browser.driver().getCurrentUrl().replaceFirst("^.*?/consultation/", "consultation/")
              + "&lang=cy");
      browser.waitFor(By.id("problemTable"));
      assertThat(browser.heading()).isEqualTo("Mewnforio ymatebion");
      assertThat(browser.text(By.id("problemTable"))).contains("dewisiadau");
      browser.assertAccessible("import refused, in Welsh");
    } finally {
      browser.open("index.xhtml?lang=en");
    }
  }

  /**
   * The acceptance on real data: the NHS comments (7,908 rows, 50 themes coded by people on
   * the first 4,000) imported in the browser, suggestions trained on that coding and their measured
   * F1 beside the baseline's, the campaign groups found, and the report downloaded as XLSX and ODS
   * with every respondent. (The consultation and its questions are set up through the API.)
   */
  @Test
  void anAnalystImportsTheRealCommentsAndSeesSuggestionsWithTheirMeasuredF1(
      @org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    Api.Reply created =
        new Api(base).postJson("api/v1/consultations", Api.ANALYST, V6Framework.consultation());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String consultation = String.valueOf(created.json().getJsonNumber("id").longValue());
    Path file = folder.resolve(V6Framework.FILE_NAME);
    Files.write(file, V6Framework.partlyCoded(4000));

    browser.signIn("analyst", "analyst-demo-2026");
    browser.open("consultation/consultation.xhtml?id=" + consultation);
    browser.waitFor(By.id("responseCount"));
    browser.driver().findElement(By.id("importLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Import responses");
    upload(file);
    browser.waitFor(By.id("columns"), Duration.ofSeconds(60));
    assertThat(browser.text(By.id("fileSummary"))).contains("7908");
    // the trust is the respondent category; the dates mix day-first and month-first, and the
    // sentiment and identifiable-information flags are not the consultation's: left out
    for (String[] choice :
        new String[][] {
          {"Trust", "CATEGORY"},
          {"Date", "IGNORE"},
          {"Person identifiable info?", "IGNORE"},
          {"Comment sentiment", "IGNORE"}
        }) {
      new Select(
              browser
                  .driver()
                  .findElement(
                      By.cssSelector(
                          "select[aria-label='What this column holds: " + choice[0] + "']")))
          .selectByValue(choice[1]);
    }
    browser.assertAccessible("mapping of the real comments");
    browser.submit(By.id("mapping:start"));
    browser.waitFor(By.id("completed"), Duration.ofSeconds(180));
    assertThat(browser.text(By.id("completed")))
        .contains(
            String.format(
                java.util.Locale.UK, "%,d responses were added", V6Framework.RESPONDENTS));
    browser.assertAccessible("real comments imported");

    suggestAndGroupTheRealComments(consultation);
    downloadTheRealCommentsWithTheirThemes(consultation);
  }

  /** Suggestions trained on the people's coding beat the baseline; the campaigns are grouped. */
  private void suggestAndGroupTheRealComments(String consultation) {
    browser.open("consultation/suggestions.xhtml?id=" + consultation);
    browser.waitForText(By.cssSelector("h1"), "Suggested themes");
    browser.submit(By.id("training:train"));
    browser.waitFor(By.id("trained"), Duration.ofSeconds(240));
    browser.open("consultation/suggestions.xhtml?id=" + consultation);
    browser.waitFor(By.id("suggestions"));
    double microF1 = Double.parseDouble(browser.text(By.id("training:microF1")));
    String micro = browser.text(By.xpath("//table[@id='quality']//tbody/tr[1]"));
    double baseline = Double.parseDouble(micro.substring(micro.lastIndexOf(' ') + 1));
    assertThat(microF1).as(micro).isGreaterThan(baseline + 0.2);
    browser.assertAccessible("suggestions on the real comments");

    browser.open("consultation/campaigns.xhtml?id=" + consultation);
    browser.waitForText(By.cssSelector("h1"), "Campaigns and near-duplicates");
    browser.submit(By.id("campaigning:group"));
    assertThat(browser.text(By.id("summary"))).containsPattern("^[\\d,]+ groups? holding");
    assertThat(browser.driver().findElements(By.cssSelector("#groups tbody tr"))).isNotEmpty();
    browser.assertAccessible("campaigns of the real comments");
  }

  /** The report, and every respondent with the themes of their answers, as XLSX and ODS. */
  private void downloadTheRealCommentsWithTheirThemes(String consultation) {
    browser.open("consultation/report.xhtml?id=" + consultation);
    browser.waitForText(By.cssSelector("h1"), "Summary report");
    browser.assertAccessible("report of the real comments");
    for (org.saferpartnerships.platform.files.TableFormat format :
        List.of(
            org.saferpartnerships.platform.files.TableFormat.XLSX,
            org.saferpartnerships.platform.files.TableFormat.ODS)) {
      browser.driver().findElement(By.id("downloads:" + format.extension())).click();
      org.saferpartnerships.platform.files.TableReader.Table table =
          org.saferpartnerships.platform.files.TableReader.read(
              format,
              browser.downloaded(
                  "consultation-" + consultation + "-responses." + format.extension()),
              10_000);
      assertThat(table.rows()).as(format.name()).hasSize(V6Framework.RESPONDENTS);
      int themes = table.headings().indexOf("WHY themes");
      assertThat(themes).as(format.name()).isPositive();
      assertThat(table.rows()).anyMatch(row -> !row.cells().get(themes).isBlank());
    }
  }

  /**
   * Shows the consultation page open now in Welsh, checks its heading and scans it, then shows it
   * in English again (the choice is remembered, so later steps would otherwise read Welsh).
   */
  private void inWelsh(By shown, String heading, String page) {
    String path =
        browser
            .driver()
            .getCurrentUrl()
            .replaceFirst("^.*?/consultation/", "consultation/")
            .replaceAll("&lang=(cy|en)", "");
    try {
      browser.open(path + "&lang=cy");
      browser.waitFor(shown);
      assertThat(browser.heading()).isEqualTo(heading);
      browser.assertAccessible(page);
    } finally {
      browser.open(path + "&lang=en");
    }
  }

  /** Imports a file on the consultation page shown, by the columns guessed, and returns there. */
  private void importFile(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("importLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Import responses");
    upload(file);
    browser.waitFor(By.id("columns"));
    browser.submit(By.id("mapping:start"));
    browser.waitFor(By.id("completed"));
    browser.driver().findElement(By.id("back")).click();
    browser.waitFor(By.id("responseCount"));
  }

  /** The id of the consultation whose page is shown (or any page with ?id= of it). */
  private String consultationId() {
    return browser.driver().getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
  }

  /**
   * Answers about street lighting and loud music: 12 of each coded elsewhere (a mark in the theme
   * columns, which become themes), 8 of each not coded.
   */
  private static String topicsFile() {
    StringBuilder csv = new StringBuilder("Response ID,Why?,Street lighting,Noise\n");
    List<String> answers = TopicAnswers.lightingAndMusic(20);
    for (int k = 0; k < answers.size(); k++) {
      boolean lighting = k % 2 == 0;
      String marks = k / 2 >= 12 ? "," : lighting ? "1,0" : "0,1";
      csv.append("T-").append(k).append(",\"").append(answers.get(k)).append("\",");
      csv.append(marks).append('\n');
    }
    return csv.toString();
  }

  private void upload(Path file) {
    WebElement input =
        browser.driver().findElement(By.cssSelector("#upload\\:file input[type=file]"));
    input.sendKeys(file.toAbsolutePath().normalize().toString());
  }

  // ---- work between partners and its administration ----------------------------------------

  @Test
  void aPartnerOfficerReceivesARoutedItemClaimsAndCompletesItAndItLeavesTheInbox() {
    Api.Reply opened =
        new Api(base)
            .postJson(
                "api/v1/work-items",
                Api.COORDINATOR,
                "{\"type\":\"ACTION_REQUEST\",\"csp\":\"E22000013\",\"title\":\"Browser: CCTV review\","
                    + "\"targetBody\":\"POLICE\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String reference = "WI-" + opened.json().getJsonNumber("id");

    SignInPage.open(browser).signIn("partner", "partner-demo-2026");
    InboxPage inbox = InboxPage.open(browser);
    assertThat(inbox.main()).contains(reference).contains("Browser: CCTV review");
    assertThat(inbox.header()).contains("Inbox");
    inbox.assertAccessible("inbox");

    WorkItemPage item = inbox.openItem(reference, "Browser: CCTV review");
    assertThat(item.main())
        .contains("Waiting to be picked up")
        .contains("police-asb-spoc")
        .contains("On track");
    item.assertAccessible("work item");

    item.act("CLAIM", "In progress")
        .note("Footage requested from the council's CCTV room")
        .refused("COMPLETE");
    assertThat(item.errors()).contains("Say what was done");
    item.outcome("Footage handed to the coordinator on a sealed disc").act("COMPLETE", "Completed");
    assertThat(item.main())
        .contains("Footage requested")
        .contains("sealed disc")
        .contains("Closed");
    item.assertAccessible("completed work item");

    assertThat(InboxPage.open(browser).results()).doesNotContain(reference);
    browser.driver().findElement(By.id("results:csv")).click();
    assertThat(new String(browser.downloaded("inbox.csv"), StandardCharsets.UTF_8))
        .as("the inbox downloads with the page's headings")
        .contains("Reference,Kind,Title,Partnership code");
  }

  @Test
  void theWorkflowPagesAreAccessibleInEnglishAndWelsh() {
    SignInPage.open(browser).signIn("partner", "partner-demo-2026");
    AnyPage diagrams = AnyPage.open(browser, "workflow/diagrams.xhtml", "How work moves");
    assertThat(diagrams.main()).contains("Partner action request").contains("Information request");
    diagrams.assertAccessible("workflow diagrams");
    try {
      AnyPage.open(browser, "workflow/inbox.xhtml?lang=cy", "Mewnflwch")
          .assertAccessible("inbox in Welsh");
      AnyPage.open(browser, "workflow/diagrams.xhtml", "Sut mae gwaith yn symud")
          .assertAccessible("workflow diagrams in Welsh");
    } finally {
      browser.open("workflow/inbox.xhtml?lang=en");
    }
  }

  @Test
  void aCoordinatorSendsWorkAndAMissingTitleIsExplained() {
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    NewWorkItemPage send = NewWorkItemPage.open(browser);
    send.assertAccessible("new work item");

    assertThat(send.sendAsTyped().errors())
        .contains("Choose the partnership")
        .contains("Enter what is needed");
    send.assertAccessible("new work item with errors");

    WorkItemPage item = send.send("Cambridge", "Probation", "Browser: offender management");
    assertThat(item.main()).contains("Triage").contains("No rule matched");
    item.assertAccessible("new item in triage");
  }

  @Test
  void anAdministratorSeesTheRoutingRulesTheBankHolidaysAndTheCaseReviewRules() {
    SignInPage.open(browser).signIn("admin", "admin-demo-2026");
    AnyPage routing = AnyPage.open(browser, "admin/routing-rules.xhtml", "Routing rules");
    assertThat(routing.main()).contains("police-asb-spoc").contains("ASB_SPOC");
    routing.assertAccessible("routing rules");

    AnyPage holidays = AnyPage.open(browser, "admin/bank-holidays.xhtml", "Bank holidays");
    browser.submit(By.id("holiday:addHoliday"));
    assertThat(holidays.errors()).contains("Enter the date");
    holidays.assertAccessible("bank holidays with errors");

    AnyPage rules =
        AnyPage.open(browser, "admin/threshold-rules.xhtml?csp=E22000013", "Case review rules");
    assertThat(rules.part("rules"))
        .contains("England and Wales (default)")
        .contains("3 qualifying complaints in 6 months");
    rules.assertAccessible("threshold rules");
    browser.type(By.id("rule:complaints"), "5");
    browser.submit(By.id("rule:add"));
    assertThat(rules.errors())
        .contains("Enter the date the rule takes effect")
        .contains("fewer than three qualifying complaints, never more")
        .contains("s104(4)");
    rules.assertAccessible("threshold rules with errors");
    try {
      AnyPage welsh =
          AnyPage.open(
              browser,
              "admin/threshold-rules.xhtml?csp=E22000013&lang=cy",
              "Rheolau adolygiadau achos");
      welsh.assertAccessible("threshold rules in Welsh");
      assertThat(welsh.part("risk-bands")).contains("Risg uchel iawn");
      AnyPage.open(browser, "admin/bank-holidays.xhtml?lang=cy", "Gwyliau banc")
          .assertAccessible("bank holidays in Welsh");
    } finally {
      browser.open("admin/threshold-rules.xhtml?lang=en");
    }
    assertThat(browser.text(By.id("risk-questions"))).contains("feel unsafe in their home");

    AnyPage dataReturn =
        AnyPage.open(browser, "admin/data-return.xhtml", "ASB case review data return");
    assertThat(dataReturn.main()).contains("Reviews by the policing body");
    dataReturn.assertAccessible("data return");
  }

  @Test
  void anAdministratorRewordsALetterTemplateAndAnUnknownPlaceholderIsRefused() {
    SignInPage.open(browser).signIn("admin", "admin-demo-2026");
    try {
      // the page in Welsh (lang), editing the Welsh template (language)
      AnyPage.open(
              browser,
              "admin/letter-templates.xhtml?kind=OUTCOME&language=cy&lang=cy",
              "Templedi llythyrau adolygiad achos")
          .assertAccessible("letter templates in Welsh");
    } finally {
      browser.open("admin/threshold-rules.xhtml?lang=en");
    }
    LetterTemplatesPage templates =
        LetterTemplatesPage.open(
            browser, "THRESHOLD_DECISION", "en", "Case review letter templates");
    assertThat(templates.editing()).contains("Threshold decision letter (English)");
    templates.assertAccessible("letter templates");
    String original = templates.body();

    assertThat(templates.save(original + " {{victimShoeSize}}").errors())
        .contains("victimShoeSize");
    templates.assertAccessible("letter templates with an error");
    assertThat(templates.saved(original + "\n\nWith best wishes.").body())
        .endsWith("With best wishes.");
    templates.saved(original);
  }

  // ---- case reviews ------------------------------------------------------------------------

  /** A case recorded by the coordinator, its risk assessed and its threshold met, for the steps. */
  private String caseMeetingTheThreshold(LocalDate today) {
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    CasesPage cases = CasesPage.open(browser);
    assertThat(cases.header()).contains("Case reviews");
    cases.assertAccessible("case reviews");
    RecordApplicationPage record = cases.record();
    record.assertAccessible("record an application");
    assertThat(record.recordNothing().errors())
        .contains("Choose the Community Safety Partnership")
        .contains("cannot be anonymous")
        .contains("Describe the anti-social behaviour");
    record.assertAccessible("record an application with errors");

    CaseReviewPage review =
        record.recordByPhone(
            "Cambridge",
            "Browser Victim",
            "01632 960 001",
            "Youths throwing stones at the windows every evening.");
    String reference = review.reference();
    assertThat(reference).startsWith("CR");
    assertThat(review.main())
        .contains("Browser Victim")
        .contains("No complaints are linked yet")
        .contains("national default");
    assertThat(review.part("reassess")).contains("Assess the victim’s risk");
    review.assertAccessible("case review");

    // an unanswered risk question is flagged; all answered, the priority follows
    assertThat(review.assessNothing().errors()).contains("Choose an answer to this question");
    review.assertAccessible("case review with an unanswered risk question");
    review.assessRisk(8, 1, "Victim lives alone and is frightened at night.");
    assertThat(review.part("risk-summary")).contains("Urgent").contains("Very high risk");
    assertThat(review.has("reassess")).isFalse();
    assertThat(review.part("assessments"))
        .contains("Victim lives alone and is frightened at night.");
    review.assertAccessible("case review with its risk assessed");

    CasesPage list = CasesPage.open(browser);
    assertThat(list.results()).contains(reference).doesNotContain("Browser Victim");
    assertThat(list.priority("Urgent").results()).contains(reference);
    review = list.openCase(reference);
    assertThat(review.addNoComplaint().errors())
        .contains("Enter the date of the incident")
        .contains("Choose the agency");
    review.assertAccessible("case review with errors");
    for (int daysAgo : new int[] {30, 20, 10}) {
      review.addComplaint(today.minusDays(daysAgo), daysAgo == 20 ? "Council" : "Police");
    }
    assertThat(review.main()).contains("The threshold is met: 3 qualifying complaints");
    assertThat(review.decide().main())
        .contains("Threshold met")
        .contains("by the number of complaints")
        .doesNotContain("Add a complaint");
    review.assertAccessible("decided case review");
    return reference;
  }

  @Test
  void aCoordinatorLinksComplaintsToACaseUntilItMeetsTheThresholdAndDecidesIt() {
    LocalDate today = LocalDate.now();
    String reference = caseMeetingTheThreshold(today);
    CaseReviewPage review = CaseReviewPage.open(browser, reference, "en");

    // the review: arranged with information requests, held, and two recommendations sent
    review.scheduleReview(today.plusDays(7), "Attend the meeting");
    assertThat(review.main()).contains("Information requests").contains("WI-");
    review.assertAccessible("case review with its review arranged");
    review.recordHeld(today, "Reports were not joined up between police and council.");
    for (String body : new String[] {"The police", "The council"}) {
      review.recommend(body, "Browser recommendation for " + body, today.plusDays(30));
    }
    assertThat(review.part("recommendations"))
        .contains("Browser recommendation for The police")
        .contains("Browser recommendation for The council")
        .contains("Waiting for the body");
    review.screenshot("case");
    assertThat(review.close(null).errors()).contains("Enter the reason for closing");
    assertThat(review.close("Everything is in hand.").errors()).contains("waiting for the body");
    review.assertAccessible("case review monitoring its recommendations");

    try {
      CaseReviewPage welsh = CaseReviewPage.open(browser, reference, "cy");
      assertThat(welsh.heading()).contains("Adolygiad achos YGG");
      assertThat(welsh.main()).contains("Trothwy wedi’i gyrraedd");
      welsh.assertAccessible("case review in Welsh");
      AnyPage.open(browser, "casereview/cases.xhtml", "Adolygiadau achos YGG")
          .assertAccessible("case reviews in Welsh");
    } finally {
      browser.open("casereview/cases.xhtml?lang=en");
    }

    browser.signOut();
    SignInPage.open(browser).signIn("partner", "partner-demo-2026");
    InboxPage inbox = InboxPage.open(browser).ofType("Case review recommendation");
    assertThat(inbox.results()).contains("Recommendation 1 of ASB case review " + reference);
    browser.signOut();
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    assertThat(CaseReviewPage.open(browser, "CR1999-99999", "en").heading())
        .doesNotContain("ASB case review");
  }

  @Test
  void aSecondReportWithinSixMonthsPromptsTheCoordinatorToTellTheVictim() {
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    VictimsPage victims = CasesPage.open(browser).victims();
    victims.assertAccessible("victims' reports");
    victims.log("Cambridge", "Browser Logged Victim");
    LocalDate today = LocalDate.now();
    victims.report(today.minusDays(20), "Police").report(today.minusDays(10), "Police");
    assertThat(victims.prompt()).contains("Tell the victim about the case review");
    victims.assertAccessible("victim with the second-report prompt");
    assertThat(victims.told("Phone").prompt()).isNull();
    try {
      AnyPage welsh =
          AnyPage.open(
              browser, "casereview/victims.xhtml?lang=cy", "Adroddiadau dioddefwyr cyn cais");
      assertThat(welsh.part("victims")).contains("Browser Logged Victim");
      welsh.assertAccessible("victims' reports in Welsh");
    } finally {
      browser.open("casereview/victims.xhtml?lang=en");
    }
  }

  @Test
  void aVictimAppliesOnlineByKeyboardAloneAndGetsAReferenceAndAnEmail() throws Exception {
    int port = Integer.parseInt(System.getProperty("sp.smtp.port", "25025"));
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      ApplicationForm welsh =
          ApplicationForm.start(browser, "cy", "Gwneud cais am adolygiad achos");
      welsh.assertAccessible("apply: start, in Welsh");
      welsh.next("start:startNow", "Ym mha ardal cyngor", "apply: area, in Welsh");
      assertThat(welsh.refused("area:continue").errors()).contains("Dewiswch ardal y cyngor");
      welsh.assertAccessible("apply: area with an error, in Welsh");

      String reference = applyOnline();
      assertThat(
              new Api(base)
                  .postJson("api/v1/test/outbox", Api.ADMIN, "{}")
                  .json()
                  .getInt("applicants"))
          .isGreaterThanOrEqualTo(1);
      MimeMessage confirmation =
          java.util.Arrays.stream(smtp.getReceivedMessages())
              .filter(message -> subject(message).contains(reference))
              .findFirst()
              .orElseThrow();
      assertThat(confirmation.getAllRecipients()[0].toString())
          .isEqualTo("online.victim@example.invalid");
      assertThat(String.valueOf(confirmation.getContent()))
          .contains(reference)
          .doesNotContain("Loud parties");

      // the form starts again from the beginning; the answers are gone
      AnyPage.open(
          browser, "public/apply/check.xhtml", "Apply for an anti-social behaviour case review");
      closeWithAWelshOutcomeLetter(reference);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void thePublicReadsAPartnershipsCaseReviewProcedureInEnglishAndWelsh() {
    AnyPage choose =
        AnyPage.open(browser, "public/procedure.xhtml?lang=en", "case review procedures");
    choose.assertAccessible("procedures: choose a partnership");
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("chooseCsp")))
        .selectByVisibleText("Cardiff");
    browser.driver().findElement(By.id("show")).click();
    browser.waitForText(By.id("partnership"), "Cardiff");
    assertThat(browser.text(By.id("threshold")))
        .contains("3 or more qualifying complaints")
        .contains("motivated by hate")
        .contains("at least 2 different people");
    choose.assertAccessible("procedure of a South Wales partnership");
    try {
      AnyPage welsh =
          AnyPage.open(
              browser,
              "public/procedure.xhtml?csp=W14000015&lang=cy",
              "Gweithdrefn adolygiad achos ymddygiad gwrthgymdeithasol");
      assertThat(browser.text(By.id("partnership"))).isEqualTo("Caerdydd");
      assertThat(browser.text(By.id("threshold"))).contains("a ysgogwyd gan gasineb");
      welsh.assertAccessible("procedure in Welsh");
    } finally {
      browser.open("public/procedure.xhtml?lang=en");
    }
    AnyPage.open(browser, "public/procedure.xhtml?csp=E22000013", "case review procedure");
    assertThat(browser.text(By.id("text"))).contains("passed on to the council, the police");
  }

  @Test
  void aWelshSpeakingVictimAsksThePolicingBodyToReviewTheirCaseReview() throws Exception {
    // a case in Cambridge whose threshold was found not met, recorded as a coordinator would
    Api api = new Api(base);
    String today = LocalDate.now().toString();
    Api.Reply recorded =
        api.postJson(
            "api/v1/case-reviews",
            Api.COORDINATOR,
            "{\"csp\":\"E22000013\",\"channel\":\"PHONE\",\"victimType\":\"PERSON\","
                + "\"victimName\":\"Gwyn Dioddefwr\",\"address\":\"2 Mill Road, Cambridge\","
                + "\"postcode\":\"CB1 2AB\",\"applicantIsVictim\":true,\"language\":\"cy\","
                + "\"contactMethod\":\"POST\",\"description\":\"Noise every night.\"}");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    String ref = recorded.json().getString("reference");
    String path = "api/v1/case-reviews/" + ref;
    assertThat(
            api.postJson(
                    path + "/complaints",
                    Api.COORDINATOR,
                    "{\"incidentDate\":\""
                        + today
                        + "\",\"reportedOn\":\""
                        + today
                        + "\",\"agency\":\"POLICE\"}")
                .status())
        .isEqualTo(201);
    int version = api.get(path, Api.COORDINATOR).json().getInt("version");
    assertThat(
            api.postJson(
                    path + "/threshold-decision", Api.COORDINATOR, "{\"version\":" + version + "}")
                .json()
                .getString("state"))
        .isEqualTo("THRESHOLD_NOT_MET");

    // the victim finds the page from the public form's start page, in Welsh
    ReviewRequestPage request =
        ReviewRequestPage.open(browser, "cy", "Gofyn i’ch adolygiad achos gael ei ystyried eto");
    request.assertAccessible("review request in Welsh");
    assertThat(request.refused("request:send").errors())
        .contains("Rhowch gyfeirnod eich adolygiad achos")
        .contains("Rhowch y cod post");
    request.assertAccessible("review request with errors in Welsh");
    // a postcode that is not the case's gets the same answer as no such case
    request.fill(ref, "CB9 9ZZ", "Ni chafodd fy adroddiadau i’r cyngor eu cyfrif.");
    Thread.sleep(5_000); // the form is refused when sent faster than a person could
    assertThat(request.refused("request:send").errors())
        .contains("Ni allem ddod o hyd i adolygiad achos");
    request.type("request:postcode", "cb12ab");
    assertThat(request.send("Cais wedi’i anfon")).isEqualTo(ref);
    request.assertAccessible("review request sent in Welsh");

    JsonObject sent = api.get(path, Api.COORDINATOR).json();
    assertThat(sent.getString("escalationOutcome")).isEqualTo("REQUESTED");
    assertThat(sent.getString("escalationGrounds")).contains("eu cyfrif");
    JsonObject item =
        api.get("api/v1/work-items/" + sent.getJsonNumber("escalationItemId"), Api.PCC).json();
    assertThat(item.getString("queue")).isEqualTo("CASE_REVIEW");
    // once per case: a second request is refused
    ReviewRequestPage again =
        ReviewRequestPage.open(browser, "cy", "Gofyn i’ch adolygiad achos gael ei ystyried eto");
    again.fill(ref, "CB1 2AB", "Eto.");
    Thread.sleep(5_000);
    assertThat(again.refused("request:send").errors()).contains(ref);
    browser.open("public/apply/index.xhtml?lang=en");
  }

  /** Applies in English for a victim, by keyboard alone; returns the reference given. */
  private String applyOnline() {
    ApplicationForm form =
        ApplicationForm.start(browser, "en", "Apply for an anti-social behaviour case review");
    form.assertAccessible("apply: start");
    form.next("start:startNow", "Which council area", "apply: area")
        .enter("area:csp", "Cambridge")
        .next("area:continue", "Are you applying for yourself", "apply: who");
    assertThat(form.refused("who:continue").errors()).contains("Say whether you are applying");
    form.assertAccessible("apply: who with an error");
    form.choose("who:someoneElse:0")
        .next("who:continue", "Who is affected", "apply: victim")
        .choose("victim:victimType:0")
        .next("victim:continue", "What is the full name", "apply: name")
        .type("name:victimName", "Online Victim")
        .next("name:continue", "How should we contact you", "apply: contact")
        .choose("contact:method:0");
    assertThat(form.refused("contact:continue").errors()).contains("Enter an email address");
    form.type("contact:email", "online.victim@example.invalid")
        .next("contact:continue", "Which language", "apply: language")
        .choose("language:choice:1")
        .next("language:continue", "Do you need anything", "apply: needs")
        .type("needs:accessibility", "Large print letters")
        .next("needs:continue", "What is happening?", "apply: behaviour")
        .type(
            "behaviour:description",
            "Loud parties and shouting in the street most nights since the summer.")
        .next("behaviour:continue", "Can we share your details?", "apply: sharing")
        .choose("sharing:consent")
        .next("sharing:continue", "Check your answers", "apply: check your answers");
    assertThat(form.main())
        .contains("Cambridge")
        .contains("Online Victim")
        .contains("Large print letters")
        .contains("Name and contact details can be shared");
    form.next("check:send", "Application received", "apply: done");
    String reference = form.reference();
    assertThat(reference).startsWith("CR");
    return reference;
  }

  /**
   * The coordinator finds the application, the partnership reviews it (the steps the other browser
   * test walks through, here by the API), the police accept and the council declines their
   * recommendations, and the coordinator closes the case: the outcome letter is in Welsh.
   */
  private void closeWithAWelshOutcomeLetter(String reference) throws Exception {
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    assertThat(CaseReviewPage.open(browser, reference, "en").main())
        .contains("Online Victim")
        .contains("Online form")
        .contains("Large print letters");
    reviewToRecommendations(reference);
    CaseReviewPage review =
        CaseReviewPage.open(browser, reference, "en")
            .close("Patrols are in place and the landlord is acting.");
    browser.waitForText(By.cssSelector("main"), "The case is closed");
    assertThat(review.part("letters")).contains("Outcome letter (Welsh)");
    review.assertAccessible("closed case review with its letters");
    JsonObject closed =
        new Api(base).get("api/v1/case-reviews/" + reference, Api.COORDINATOR).json();
    long outcome =
        closed.getJsonArray("letters").stream()
            .map(JsonObject.class::cast)
            .filter(letter -> letter.getString("kind").equals("OUTCOME"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(letter(reference, outcome))) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Annwyl Online Victim")
          .contains("Beth a ganfu")
          .contains("Fe wnaethant ei dderbyn");
    }
  }

  @Test
  void thePublishedFiguresAreReadAndDownloadedInEnglishAndWelsh() {
    AnyPage figures =
        AnyPage.open(
            browser,
            "public/case-review-figures.xhtml?csp=E22000013&lang=en",
            "the published figures");
    assertThat(figures.part("table")).contains("Cambridge");
    figures.assertAccessible("published figures");
    // the page's download (the XLSX and ODS files themselves are read back in CaseReviewIT)
    browser.driver().findElement(By.id("download:csv")).click();
    String csv = new String(browser.downloaded(figuresFile("csv")), StandardCharsets.UTF_8);
    assertThat(csv).contains("E22000013,Cambridge,");
    try {
      AnyPage welsh =
          AnyPage.open(
              browser, "public/case-review-figures.xhtml?lang=cy", "y ffigurau cyhoeddedig");
      assertThat(welsh.part("table")).contains("Cyfanswm");
      welsh.assertAccessible("published figures in Welsh");
    } finally {
      browser.open("public/case-review-figures.xhtml?lang=en");
    }
  }

  /** The published figures' file for the current financial year. */
  private static String figuresFile(String extension) {
    LocalDate today = LocalDate.now();
    int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    return "case-review-figures-" + year + "-" + (year + 1) % 100 + "." + extension;
  }

  /** Complaints, threshold, review and two recommendations, answered by police and council. */
  private void reviewToRecommendations(String reference) {
    Api api = new Api(base);
    String path = "api/v1/case-reviews/" + reference;
    LocalDate today = LocalDate.now();
    for (int daysAgo : new int[] {30, 20, 10}) {
      String day = today.minusDays(daysAgo).toString();
      assertThat(
              api.postJson(
                      path + "/complaints",
                      Api.COORDINATOR,
                      "{\"incidentDate\":\""
                          + day
                          + "\",\"reportedOn\":\""
                          + day
                          + "\",\"agency\":\"POLICE\"}")
                  .status())
          .isEqualTo(201);
    }
    step(api, path + "/threshold-decision", "");
    step(
        api,
        path + "/review-plan",
        ",\"meetingOn\":\""
            + today
            + "\",\"bodies\":[\"POLICE\",\"COUNCIL\"],"
            + "\"victimInvolvement\":\"ATTEND\"");
    step(api, path + "/review", ",\"heldOn\":\"" + today + "\",\"summary\":\"Too slow.\"");
    String due = today.plusDays(30).toString();
    step(
        api,
        path + "/recommendations",
        ",\"body\":\"POLICE\",\"text\":\"Patrol on Fridays\",\"dueOn\":\"" + due + "\"");
    JsonObject detail =
        step(
            api,
            path + "/recommendations",
            ",\"body\":\"COUNCIL\",\"text\":\"Noise notice\",\"dueOn\":\"" + due + "\"");
    api.postJson(
        "api/v1/test/accounts/cambridgecouncil",
        Api.ADMIN,
        "{\"password\":\"cambridgecouncil-test-2026\",\"role\":\"PARTNER_OFFICER\","
            + "\"orgType\":\"COUNCIL\",\"area\":\"E07000008\"}");
    for (JsonObject line : detail.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
      long item = line.getJsonNumber("workItemId").longValue();
      boolean police = line.getString("targetBody").equals("POLICE");
      String login = police ? Api.PARTNER : "cambridgecouncil:cambridgecouncil-test-2026";
      String action = police ? "accept" : "decline";
      Api.Reply reply =
          api.postJson(
              "api/v1/work-items/" + item + "/actions/" + action,
              login,
              "{\"reason\":\"" + (police ? "Friday patrols" : "The landlord is acting") + "\"}");
      assertThat(reply.status()).as(reply.body()).isIn(200, 204);
    }
  }

  private JsonObject step(Api api, String path, String fields) {
    int version =
        api.get(path.substring(0, path.lastIndexOf('/')), Api.COORDINATOR).json().getInt("version");
    Api.Reply reply = api.postJson(path, Api.COORDINATOR, "{\"version\":" + version + fields + "}");
    assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    return reply.json();
  }

  private byte[] letter(String reference, long id) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                new Api(base)
                    .request("api/v1/case-reviews/" + reference + "/letters/" + id, Api.COORDINATOR)
                    .GET()
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- submissions and accountability ------------------------------------------------------

  /**
   * Issue 6's acceptance journey: the PCC office sets when the annual report is due; a coordinator
   * starts one, writes it, uploads the PDF and submits it; the reviewer's inbox gets it, the
   * reviewer answers the checklist, writes feedback, sends a recommendation and signs the review
   * off; the partnership accepts the recommendation; the dashboard shows Cambridge on time with one
   * closed recommendation; and the grant register exports as ODS. Every page is scanned, in English
   * and in Welsh.
   */
  @Test
  void aCoordinatorSubmitsAnAnnualReportThePccReviewsItAndTheDashboardShowsItOnTime(
      @org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    LocalDate today = LocalDate.now();
    int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    Api api = new Api(base);
    assertThat(api.delete("api/v1/test/submissions/E22000013/" + year, Api.ADMIN).status())
        .isEqualTo(200);

    setTheAnnualReportDue(today, year);
    String id = submitTheAnnualReport(folder);
    String item = reviewAndSignOff(id, today);
    acceptTheRecommendation(id, item);
    theDashboardShowsItOnTime(year);
    recordAGrantAndExportTheRegister(today, year);
  }

  // ---- each role's walk from where it starts, by clicks alone, in English and in Welsh ----------

  /** The coordinator: from what needs them to a case, their submissions and their inbox. */
  @Test
  void aCoordinatorWalksFromTheHomePageToACaseTheirSubmissionsAndInbox() {
    for (boolean welsh : new boolean[] {false, true}) {
      String ref = recordACase("Walk Victim " + (welsh ? "Cy" : "En"));
      SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
      Walk walk = Walk.start(browser, "coordinator", welsh, "home");
      walk.nav("navCases", "case-reviews")
          .follow(By.linkText(ref), "case")
          .nav("navSubmissions", "submissions")
          .nav("navInbox", "inbox")
          .end();
      browser.signOut();
    }
  }

  /** The partner officer: from the inbox, newest first, to a routed item, which they claim. */
  @Test
  void aPartnerOfficerWalksFromTheHomePageToANewItemAndClaimsIt() {
    for (boolean welsh : new boolean[] {false, true}) {
      String reference = openAnActionRequest("Walk: CCTV footage " + (welsh ? "cy" : "en"));
      SignInPage.open(browser).signIn("partner", "partner-demo-2026");
      Walk.start(browser, "partner", welsh, "home")
          .nav("navInbox", "inbox")
          .sort(
              By.cssSelector("#results\\:table thead th:first-child"),
              "descending",
              By.linkText(reference),
              "inbox-newest-first")
          .follow(By.xpath("//table//a[normalize-space()='" + reference + "']"), "item")
          .follow(By.cssSelector("input[data-action=CLAIM]"), "claimed")
          .end();
      browser.signOut();
    }
  }

  /** The policing body's office: its dashboard, the calendar it sets, submissions and inbox. */
  @Test
  void aPolicingBodyWalksFromTheHomePageToItsDashboardCalendarAndSubmissions() {
    for (boolean welsh : new boolean[] {false, true}) {
      SignInPage.open(browser).signIn("pcc", "pcc-demo-2026");
      Walk.start(browser, "pcc", welsh, "home")
          .nav("navDashboard", "dashboard")
          .follow(By.id("settings"), "calendar")
          .nav("navSubmissions", "submissions")
          .nav("navInbox", "inbox")
          .end();
      browser.signOut();
    }
  }

  /** The analyst: from the consultations to setting up a new one. */
  @Test
  void anAnalystWalksFromTheHomePageToTheConsultations() {
    for (boolean welsh : new boolean[] {false, true}) {
      SignInPage.open(browser).signIn("analyst", "analyst-demo-2026");
      Walk.start(browser, "analyst", welsh, "home")
          .nav("navConsultations", "consultations")
          .follow(By.id("newConsultation"), "new-consultation")
          .end();
      browser.signOut();
    }
  }

  /** The administrator: from the accounts to inviting someone, and the sign-in requests. */
  @Test
  void anAdministratorWalksFromTheHomePageToTheAccounts() {
    for (boolean welsh : new boolean[] {false, true}) {
      SignInPage.open(browser).signIn("admin", "admin-demo-2026");
      Walk.start(browser, "admin", welsh, "home")
          .nav("navAccounts", "accounts")
          .follow(By.id("invite"), "invite")
          .nav("navSignInRequests", "sign-in-requests")
          .end();
      browser.signOut();
    }
  }

  /** The public: a partnership's procedure, then the first step of applying. */
  @Test
  void thePublicWalksFromAPartnershipsProcedureToApplying() {
    for (boolean welsh : new boolean[] {false, true}) {
      browser.open("public/procedure.xhtml");
      browser.waitFor(By.id("chooseCsp"));
      Walk walk = Walk.start(browser, "public", welsh, "choose");
      new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("chooseCsp")))
          .selectByValue("E22000013");
      walk.follow(By.id("show"), "procedure").follow(By.id("apply"), "apply").end();
    }
  }

  private String recordACase(String victim) {
    Api.Reply reply =
        new Api(base)
            .postJson(
                "api/v1/case-reviews",
                Api.COORDINATOR,
                "{\"csp\":\"E22000013\",\"channel\":\"PHONE\",\"victimType\":\"PERSON\","
                    + "\"victimName\":\""
                    + victim
                    + "\",\"address\":\"1 Mill Road, Cambridge\",\"postcode\":\"CB1 2AB\","
                    + "\"applicantIsVictim\":true,\"language\":\"en\",\"contactMethod\":\"POST\","
                    + "\"description\":\"Noise most nights.\",\"location\":\"Mill Road\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getString("reference");
  }

  private String openAnActionRequest(String title) {
    Api.Reply reply =
        new Api(base)
            .postJson(
                "api/v1/work-items",
                Api.COORDINATOR,
                "{\"type\":\"ACTION_REQUEST\",\"csp\":\"E22000013\",\"title\":\""
                    + title
                    + "\",\"targetBody\":\"POLICE\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return "WI-" + reply.json().getJsonNumber("id").longValue();
  }

  /**
   * A draft's version and its documents are two forms: uploading a document keeps the summary typed
   * above it; a refused date is explained the GOV.UK way; withdrawing asks first.
   */
  @Test
  void typedWorkIsKeptErrorsLeadToTheirFieldsAndWithdrawingAsksFirst(
      @org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    LocalDate today = LocalDate.now();
    int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    assertThat(
            new Api(base).delete("api/v1/test/submissions/E22000013/" + year, Api.ADMIN).status())
        .isEqualTo(200);
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    SubmissionPage draft =
        SubmissionsPage.open(browser)
            .start()
            .startDraft("Cambridge", "Strategic assessment summary", "Browser: kept while typing");
    String id = draft.id();

    draft.type("version:summary", "Typed, not yet saved, before a document was added.");
    assertThat(browser.leavingWouldWarn()).as("unsaved summary asks before leaving").isTrue();
    Path pdf = folder.resolve("assessment.pdf");
    Files.write(pdf, AccountabilityIT.pdf());
    draft.upload(pdf);
    browser.waitForText(By.id("document-list"), "assessment.pdf");
    assertThat(draft.value("version:summary"))
        .isEqualTo("Typed, not yet saved, before a document was added.");
    assertThat(draft.part("version")).contains("not saved yet");
    draft.assertAccessible("a draft whose typed summary was kept");

    draft.type("version:periodFrom", "1 April");
    draft.refused("version:save");
    assertThat(browser.driver().getTitle()).startsWith("Error: ");
    assertThat(draft.errors()).contains("year-month-day");
    WebElement field = browser.driver().findElement(By.id("version:periodFrom"));
    assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(field.getAttribute("aria-describedby")).contains("version:periodFromError");
    assertThat(browser.text(By.id("version:periodFromError"))).contains("year-month-day");
    assertThat(browser.driver().findElement(By.id("version:title")).getAttribute("aria-invalid"))
        .isEqualTo("false");
    assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
        .as("the error summary has the focus")
        .contains("sp-error-summary");
    browser
        .driver()
        .findElement(By.cssSelector(".sp-error-summary a[href='#version:periodFrom']"))
        .click();
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
        .isEqualTo("version:periodFrom");
    draft.assertAccessible("a draft with an error");
    browser.open("submission/submission.xhtml?id=" + id + "&lang=cy");
    draft.type("version:periodFrom", "1 Ebrill").refused("version:save");
    assertThat(browser.driver().getTitle()).startsWith("Gwall: ");
    draft.assertAccessible("a draft with an error in Welsh");
    browser.open("submission/submission.xhtml?id=" + id + "&lang=en");
    browser.waitFor(By.id("withdraw:withdrawIt"));

    draft.type("withdraw:reason", "Started by mistake");
    assertThat(browser.decline(By.id("withdraw:withdrawIt"))).contains("cannot be sent again");
    assertThat(draft.part("state")).isEqualTo("Draft");
    draft.press("withdraw:withdrawIt", "Withdrew");
    assertThat(draft.part("state")).isEqualTo("Withdrawn");
    assertThat(browser.leavingWouldWarn()).isFalse();
    browser.signOut();
  }

  /** The PCC office sets when the annual report is due. */
  private void setTheAnnualReportDue(LocalDate today, int year) {
    SignInPage.open(browser).signIn("pcc", "pcc-demo-2026");
    CalendarPage calendar = CalendarPage.open(browser, "E23000023", year);
    calendar.assertAccessible("submission calendar");
    assertThat(calendar.due("Annual report", "not a date").errors()).contains("year-month-day");
    calendar.due("Annual report", today.plusDays(30).toString());
    browser.waitForText(By.cssSelector("main"), "Saved the due dates");
    assertThat(calendar.part("check-list")).contains("strategic assessment");
    inWelshAt(
        "submission/calendar.xhtml?pfa=E23000023&year=" + year,
        "Calendr cyflwyno a rhestr wirio adolygu",
        "submission calendar in Welsh");
    browser.signOut();
  }

  /** The coordinator starts, writes, documents and submits the annual report; returns its id. */
  private String submitTheAnnualReport(Path folder) throws IOException {
    SignInPage.open(browser).signIn("coordinator", "coordinator-demo-2026");
    SubmissionsPage submissions = SubmissionsPage.open(browser);
    submissions.assertAccessible("submissions");
    submissions.start().assertAccessible("start a submission");
    assertThat(submissions.startNothing().errors())
        .contains("Choose the kind of submission")
        .contains("Give the submission a title");
    submissions.assertAccessible("start a submission with errors");
    SubmissionPage draft =
        submissions.startDraft(
            "Cambridge", "Annual report", "Browser: annual report to the commissioner");
    String id = draft.id();
    assertThat(draft.part("state")).isEqualTo("Draft");
    assertThat(draft.part("due")).isNotEmpty();
    draft.assertAccessible("a draft submission");

    assertThat(draft.refused("send:submit").errors()).contains("Write a summary");
    draft.write(
        "A year of partnership work on ASB and violence.",
        "Anti-social behaviour\nSerious violence",
        "ASB incidents per 1,000 people");
    Path notPdf = folder.resolve("report.pdf");
    Files.writeString(notPdf, "this is not a PDF", StandardCharsets.UTF_8);
    assertThat(draft.upload(notPdf).errors()).contains("do not match its file type");
    Path pdf = folder.resolve("annual-report.pdf");
    Files.write(pdf, AccountabilityIT.pdf());
    draft.upload(pdf);
    browser.waitForText(By.id("document-list"), "annual-report.pdf");
    draft.assertAccessible("a draft submission with a document");
    draft.press("send:submit", "for review");
    assertThat(draft.part("state")).isEqualTo("Submitted");
    assertThat(draft.part("timeliness")).isEqualTo("On time");
    draft.assertAccessible("a submitted submission");
    inWelshAt(
        "submission/submission.xhtml?id=" + id,
        "Browser: annual report to the commissioner",
        "a submission in Welsh");
    browser.signOut();
    return id;
  }

  /**
   * The reviewer's inbox has it; the review is claimed, answered, recommended and signed off;
   * returns the recommendation's work item.
   */
  private String reviewAndSignOff(String id, LocalDate today) {
    SignInPage.open(browser).signIn("pcc", "pcc-demo-2026");
    WorkItemPage reviewItem =
        InboxPage.open(browser).openItemTitled("Browser: annual report to the commissioner");
    assertThat(reviewItem.subject())
        .contains("The submission this is about")
        .contains("annual-report.pdf");
    assertThat(reviewItem.main()).doesNotContain("No documents are attached");
    reviewItem.assertAccessible("a review item with its submission");
    reviewItem.openSubject("Browser: annual report to the commissioner");
    browser.waitFor(By.id("claim:claimReview"));
    SubmissionPage review = SubmissionPage.open(browser, id, "claim:claimReview");
    review.assertAccessible("a submission waiting for review");
    review.press("claim:claimReview", "You are reviewing");
    assertThat(review.refused("signOff:signOffReview").errors()).contains("Write your feedback");
    // the feedback typed but not saved is kept when the recommendation is sent from its own form
    review
        .answerChecklist("Met")
        .type("feedback:text", "A clear report; say more about the case review.")
        .type("recommend:text", "Publish the ASB case review figures each quarter.")
        .type("recommend:due", today.plusDays(20).toString())
        .press("recommend:add", "Sent a recommendation");
    assertThat(review.part("recommendations")).contains("Awaiting the partnership");
    assertThat(review.value("feedback:text"))
        .isEqualTo("A clear report; say more about the case review.");
    assertThat(review.part("feedback")).contains("not saved yet");
    assertThat(browser.leavingWouldWarn()).as("unsaved feedback asks before leaving").isTrue();
    review.press("feedback:save", "Saved the feedback");
    assertThat(browser.leavingWouldWarn()).as("nothing unsaved").isFalse();
    review.assertAccessible("a submission under review");
    review.screenshot("submission");
    inWelshAt(
        "submission/submission.xhtml?id=" + id,
        "Browser: annual report to the commissioner",
        "a review in Welsh");
    assertThat(browser.decline(By.id("signOff:signOffReview")))
        .contains("can no longer be changed");
    assertThat(review.part("state")).isNotEqualTo("Signed off");
    review.press("signOff:signOffReview", "Signed off the review");
    assertThat(review.part("state")).isEqualTo("Signed off");
    String item = review.firstRecommendationItem();
    browser.signOut();
    return item;
  }

  /** The partnership accepts the recommendation on its work item, and reads the feedback. */
  private void acceptTheRecommendation(String id, String item) {
    browser.signIn("coordinator", "coordinator-demo-2026");
    browser.open("workflow/item.xhtml?id=" + item);
    browser.waitFor(By.cssSelector("[data-action=ACCEPT]"));
    browser.type(
        By.id("actions:reason"), "The quarterly report will carry the figures from April.");
    browser.submit(By.cssSelector("[data-action=ACCEPT]"));
    browser.waitForText(By.cssSelector("main"), "Accept");
    browser.open("submission/submission.xhtml?id=" + id);
    browser.waitFor(By.id("recommendations"));
    assertThat(browser.text(By.id("recommendations")))
        .contains("Accepted")
        .contains("quarterly report");
    assertThat(browser.text(By.id("feedback-text"))).contains("say more about the case review");
    browser.assertAccessible("a signed-off submission read by the partnership");
    browser.signOut();
  }

  /** The dashboard: Cambridge on time, one closed recommendation. */
  private void theDashboardShowsItOnTime(int year) {
    browser.signIn("pcc", "pcc-demo-2026");
    browser.open("submission/dashboard.xhtml");
    browser.waitForText(By.cssSelector("h1"), "Cambridgeshire");
    List<WebElement> cells = browser.driver().findElements(By.cssSelector("#line-E22000013 td"));
    assertThat(cells.get(1).getText()).isEqualTo("1"); // on time
    assertThat(cells.get(5).getText()).startsWith("0"); // open recommendations
    assertThat(cells.get(7).getText()).isEqualTo("1"); // closed recommendations
    assertThat(browser.text(By.id("line-E22000013"))).contains("Report: On time");
    browser.assertAccessible("the dashboard");
    inWelshAt(
        "submission/dashboard.xhtml?pfa=E23000023&year=" + year,
        "Cambridgeshire",
        "the dashboard in Welsh");
    browser.driver().findElement(By.linkText("Cambridge")).click();
    browser.waitForText(By.cssSelector("h1"), "Submissions to the policing body");
    assertThat(browser.text(By.id("results")))
        .contains("Browser: annual report to the commissioner");
  }

  /** The grant register: a grant recorded, and the register as ODS. */
  private void recordAGrantAndExportTheRegister(LocalDate today, int year) {
    GrantRegisterPage grants = GrantRegisterPage.open(browser, "E23000023", year);
    grants.assertAccessible("the grant register");
    assertThat(grants.refused("grant:save").errors()).contains("Name the recipient");
    grants
        .choose("grant:csp", "Cambridge")
        .type("grant:recipient", "Cambridge Community Safety Partnership")
        .type("grant:purpose", "Browser: street-based youth work")
        .type("grant:amount", "25000")
        .type("grant:awardedOn", today.toString())
        .press("grant:save", "Recorded the grant");
    assertThat(grants.part("results"))
        .contains("Browser: street-based youth work")
        .contains("£25,000.00");
    grants.assertAccessible("the grant register with a grant");
    inWelshAt(
        "submission/grants.xhtml?pfa=E23000023&year=" + year,
        "Cofrestr grantiau",
        "the grant register in Welsh");
    org.saferpartnerships.platform.files.TableReader.Table register =
        org.saferpartnerships.platform.files.TableReader.read(
            org.saferpartnerships.platform.files.TableFormat.ODS, grants.downloadOds(), 1_000);
    assertThat(register.headings()).contains("Recipient", "Amount", "Conditions");
    assertThat(register.rows())
        .anyMatch(row -> row.cells().contains("Browser: street-based youth work"));
  }

  /**
   * The other accountability pages, each scanned in English and Welsh: a report request sent and
   * seen by the partnership, a meeting called, recorded and given an action, the priorities matrix,
   * the change of governance form and the public page of reports received.
   */
  @Test
  void theAccountabilityPagesWorkAndAreAccessibleInEnglishAndWelsh() {
    LocalDate today = LocalDate.now();
    browser.signIn("pcc", "pcc-demo-2026");
    sendAReportRequest(today);
    String meeting = holdAMeeting(today);
    browser.open("submission/priorities.xhtml?csp=E22000013");
    browser.waitForText(By.cssSelector("h1"), "Priorities and where they align");
    browser.assertAccessible("priorities");
    inWelshAt(
        "submission/priorities.xhtml?csp=E22000013",
        "Blaenoriaethau a lle maent yn cyd-fynd",
        "priorities in Welsh");
    browser.signOut();

    browser.signIn("coordinator", "coordinator-demo-2026");
    browser.open("submission/requests.xhtml");
    browser.waitForText(By.id("results"), "Browser: night-time economy");
    assertThat(browser.driver().findElements(By.linkText("Start the reply"))).isNotEmpty();
    browser.assertAccessible("report requests for the partnership");
    browser.open("submission/meeting.xhtml?id=" + meeting);
    browser.waitForText(By.id("minutes"), "Agreed a joint patrol plan.");
    browser.assertAccessible("a meeting read by the partnership");
    browser.signOut();
  }

  /** The policing body asks the partnership for a report (s7). */
  private void sendAReportRequest(LocalDate today) {
    ReportRequestsPage requests = ReportRequestsPage.open(browser);
    requests.assertAccessible("report requests");
    assertThat(requests.refused("request:send").errors()).contains("Choose the partnership");
    requests.assertAccessible("report requests with errors");
    requests
        .choose("request:csp", "Cambridge")
        .type("request:subject", "Browser: night-time economy")
        .type("request:dueOn", today.plusDays(15).toString())
        .press("request:send", "Sent the request for a report");
    assertThat(requests.part("results")).contains("Browser: night-time economy");
    inWelshAt(
        "submission/requests.xhtml",
        "Ceisiadau am adroddiadau (adran 7)",
        "report requests in Welsh");
  }

  /** The policing body calls and holds a meeting (reg 14A) and sends an action; returns its id. */
  private String holdAMeeting(LocalDate today) {
    MeetingsPage meetings = MeetingsPage.open(browser);
    meetings.assertAccessible("meetings");
    meetings
        .choose("call:csp", "Cambridge")
        .type("call:title", "Browser: reg 14A meeting")
        .type("call:heldOn", today.toString())
        .type("call:agenda", "1. Night-time economy\n2. Actions")
        .press("call:callMeeting", "Called the meeting");
    String meeting = meetings.id();
    meetings.assertAccessible("a meeting called");
    meetings
        .chooseAll("attendance", "Attended")
        .type("record:minutes", "Agreed a joint patrol plan.")
        .press("record:save", "Recorded the meeting")
        .type("action:text", "Browser: draw up the joint patrol plan")
        .choose("action:owner", "The police")
        .type("action:due", today.plusDays(10).toString())
        .press("action:add", "Sent an action");
    assertThat(meetings.part("actions")).contains("Browser: draw up the joint patrol plan");
    meetings.assertAccessible("a meeting held, with an action");
    inWelshAt(
        "submission/meeting.xhtml?id=" + meeting, "Browser: reg 14A meeting", "a meeting in Welsh");
    return meeting;
  }

  @Test
  void aChangeOfGovernanceIsExplainedInEnglishAndWelsh() {
    browser.signIn("admin", "admin-demo-2026");
    browser.open("admin/governance.xhtml");
    browser.waitForText(By.cssSelector("h1"), "Record a change of governance");
    browser.assertAccessible("change of governance");
    browser.submit(By.id("transfer:record"));
    assertThat(browser.waitFor(By.cssSelector(".sp-error-summary")).getText())
        .contains("Name the body that now holds PCC functions");
    browser.assertAccessible("change of governance with errors");
    inWelshAt(
        "admin/governance.xhtml", "Cofnodi newid llywodraethu", "change of governance in Welsh");
    browser.signOut();
  }

  @Test
  void theHomeOfficeSeesEveryForceAreaAndThePublicReadsTheReports() {
    // the Home Office sees every force area, summed, and drills down to one
    browser.signIn("analyst", "analyst-demo-2026");
    browser.open("submission/dashboard.xhtml");
    browser.waitForText(By.cssSelector("h1"), "All force areas");
    assertThat(browser.text(By.id("line-E23000023"))).contains("Cambridgeshire");
    browser.assertAccessible("the national dashboard");
    inWelshAt("submission/dashboard.xhtml", "Pob ardal heddlu", "the national dashboard in Welsh");
    browser.driver().findElement(By.cssSelector("#line-E23000023 a")).click();
    browser.waitForText(By.cssSelector("h1"), "Cambridgeshire");
    assertThat(browser.driver().findElements(By.cssSelector("#line-E22000013 a"))).isEmpty();
    browser.signOut();

    browser.open("public/reports.xhtml");
    browser.waitForText(By.cssSelector("h1"), "Reports received under section 7");
    browser.assertAccessible("reports received");
    inWelshAt(
        "public/reports.xhtml", "Adroddiadau a gafwyd o dan adran 7", "reports received in Welsh");
  }

  /** Opens a page in Welsh, checks its heading and scans it, then returns to English. */
  private void inWelshAt(String path, String heading, String page) {
    String separator = path.contains("?") ? "&" : "?";
    try {
      browser.open(path + separator + "lang=cy");
      browser.waitFor(By.cssSelector("h1"));
      assertThat(browser.heading()).contains(heading);
      browser.assertAccessible(page);
    } finally {
      browser.open(path + separator + "lang=en");
      browser.waitFor(By.cssSelector("h1"));
    }
  }
}
