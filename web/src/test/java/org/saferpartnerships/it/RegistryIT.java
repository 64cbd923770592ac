package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.account.LoginState;
import org.saferpartnerships.account.ScopeService;
import org.saferpartnerships.account.Verification;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.imports.RegistryImportService;
import org.saferpartnerships.partnership.imports.RegistryImporter;
import org.saferpartnerships.partnership.imports.VintageRequest;
import org.saferpartnerships.partnership.lookup.LookupFile;
import org.saferpartnerships.partnership.lookup.LookupFileReader;
import org.saferpartnerships.partnership.lookup.LookupProblem;
import org.saferpartnerships.partnership.lookup.LookupRejectedException;

/**
 * The registry end to end on Payara Micro: services in the container (scope, lockout, imports that
 * write nothing when refused, membership rules) and the JSON API as a client (401, 403, 404, 422,
 * filters, paging, vintages). Every test arranges its own data and removes what it added, so the
 * class also runs against a shared MariaDB database.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

  private static final String LOOKUP_2019 = "LAD19_CSP19_PFA19_EW_LU_ons-lookups-194.csv";
  private static final String HEADER = "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n";
  private static final String CAMBRIDGE =
      "E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  @EJB private ScopeService scopes;
  @EJB private AccountService accounts;
  @EJB private PartnershipDirectory directory;
  @EJB private RegistryImportService imports;
  @EJB private RegistryImporter importer;
  @EJB private TestData data;

  // ---- in the container: services ------------------------------------------------------------

  @Test
  void aCoordinatorsScopeIsThePartnershipTheyActFor() {
    Scope scope = scopes.scopeOf("coordinator", Set.of(Role.CSP_COORDINATOR));

    assertThat(scope.national()).isFalse();
    assertThat(scope.cspIds()).hasSize(1);
    assertThat(scope.mayViewPersonalData()).isTrue();
  }

  @Test
  void aPccReviewerAndAPoliceOfficerSeeTheCspsOfTheirForceArea() {
    assertThat(scopes.scopeOf("pcc", Set.of(Role.PCC_REVIEWER)).cspIds()).hasSize(6);
    assertThat(scopes.scopeOf("partner", Set.of(Role.PARTNER_OFFICER)).cspIds()).hasSize(6);
  }

  @Test
  void aHomeOfficeAnalystIsNationalButNeverSeesPersonalData() {
    Scope scope = scopes.scopeOf("analyst", Set.of(Role.HOME_OFFICE_ANALYST));

    assertThat(scope.national()).isTrue();
    assertThat(scope.mayViewPersonalData()).isFalse();
  }

  @Test
  void fiveWrongPasswordsLockAnAccountAndTheRightPasswordIsThenRefused() {
    data.createAccount("locktest", "right-password-1", Role.CSP_COORDINATOR);
    try {
      for (int attempt = 1; attempt <= 4; attempt++) {
        assertThat(accounts.verify("locktest", "wrong").state().status())
            .isEqualTo(LoginState.Status.ACTIVE);
      }
      Verification fifth = accounts.verify("locktest", "wrong");
      assertThat(fifth.state().status()).isEqualTo(LoginState.Status.LOCKED);

      Verification right = accounts.verify("locktest", "right-password-1");
      assertThat(right.valid()).isFalse();
      assertThat(right.state().status()).isEqualTo(LoginState.Status.LOCKED);
      assertThat(accounts.loginState("LockTest").status()).isEqualTo(LoginState.Status.LOCKED);
    } finally {
      data.deleteAccount("locktest");
    }
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() {
    data.createAccount("resettest", "right-password-2", Role.CSP_COORDINATOR);
    try {
      accounts.verify("resettest", "wrong");
      accounts.verify("resettest", "wrong");
      assertThat(accounts.verify("resettest", "right-password-2").valid()).isTrue();
      for (int attempt = 1; attempt <= 4; attempt++) {
        accounts.verify("resettest", "wrong");
      }
      assertThat(accounts.loginState("resettest").status()).isEqualTo(LoginState.Status.ACTIVE);
    } finally {
      data.deleteAccount("resettest");
    }
  }

  @Test
  void anUnknownUserIsRefusedLikeAWrongPassword() {
    Verification verification = accounts.verify("nobody-at-all", "anything");

    assertThat(verification.valid()).isFalse();
    assertThat(verification.state().status()).isEqualTo(LoginState.Status.UNKNOWN);
  }

  @Test
  void importingNeedsTheAdministratorRole() {
    assertThatThrownBy(
            () ->
                imports.importLookup(
                    "x.csv",
                    (HEADER + CAMBRIDGE).getBytes(StandardCharsets.UTF_8),
                    VintageRequest.defaults()))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void everyKindOfBadFileIsRejectedWithItsLinesAndWritesNothing() {
    Map<String, Long> before = data.registryRows();
    Map<String, String> files =
        Map.of(
            "row.badCode", HEADER + CAMBRIDGE.replace("E07000008", "E0700008"),
            "column.missing",
                "LAD19CD,LAD19NM,CSP19NM,PFA19CD,PFA19NM\nE07000008,Cambridge,Cambridge,E23000023,Cambridgeshire\n",
            "row.duplicate", HEADER + CAMBRIDGE + CAMBRIDGE,
            "row.cspInTwoForceAreas",
                HEADER
                    + CAMBRIDGE
                    + "E07000012,South Cambridgeshire,E22000013,Cambridge,E23000026,Bedfordshire\n");
    for (var file : files.entrySet()) {
      assertThatThrownBy(
              () ->
                  importer.importLookup(
                      reader.read("bad.csv", file.getValue().getBytes(StandardCharsets.UTF_8)),
                      VintageRequest.defaults(),
                      "test"))
          .as(file.getKey())
          .isInstanceOfSatisfying(
              LookupRejectedException.class,
              rejected ->
                  assertThat(rejected.problems())
                      .extracting(LookupProblem::key)
                      .contains(file.getKey()));
    }
    LookupFile good =
        reader.read(
            "good.csv",
            (HEADER
                    + "E07000009,Huntingdonshire,E22000014,Huntingdonshire,E23000023,Cambridgeshire\n")
                .getBytes(StandardCharsets.UTF_8));
    LocalDate taken = directory.vintage(null, null).validFrom();
    assertThatThrownBy(() -> importer.importLookup(good, new VintageRequest(null, taken), "test"))
        .isInstanceOfSatisfying(
            LookupRejectedException.class,
            rejected ->
                assertThat(rejected.problems())
                    .extracting(LookupProblem::key)
                    .containsExactly("vintage.validFromTaken"));
    assertThat(data.registryRows()).isEqualTo(before);
  }

  private final LookupFileReader reader = new LookupFileReader();

  // ---- as a client: the API --------------------------------------------------------------------

  private Api api() {
    return new Api(base);
  }

  @Test
  @RunAsClient
  void anonymousCallsGet401WithAJsonBodyAndABasicChallenge() {
    Api.Reply reply = api().get("api/v1/csps", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=\"Safer Partnerships\"");
    assertThat(reply.json().getString("message")).contains("HTTP Basic");
  }

  @Test
  @RunAsClient
  void aWrongPasswordOrAMalformedHeaderGets401() {
    assertThat(api().get("api/v1/csps", "admin:not-the-password").json().getString("message"))
        .startsWith("The username or password is not right, or the account cannot be used now");
    var malformed =
        api()
            .send(
                api()
                    .request("api/v1/csps", null)
                    .header("Authorization", "Basic !!!")
                    .GET()
                    .build());
    assertThat(malformed.status()).isEqualTo(401);
  }

  @Test
  @RunAsClient
  void theRegistryHasAll314CspsAnd43ForceAreas() {
    JsonObject csps = api().get("api/v1/csps?size=500", Api.COORDINATOR).json();
    JsonObject areas = api().get("api/v1/police-force-areas", Api.COORDINATOR).json();

    assertThat(csps.getInt("total")).isEqualTo(314);
    assertThat(csps.getJsonArray("items")).hasSize(314);
    assertThat(areas.getInt("total")).isEqualTo(43);
    assertThat(csps.getJsonObject("vintage").getString("label")).isEqualTo("ONS December 2024");
  }

  @Test
  @RunAsClient
  void cspsFilterByForceAreaCountryNameAndCouncilTypeInTheDatabase() {
    JsonObject cambs =
        api()
            .get("api/v1/csps?pfa=E23000023&country=E&q=cam&page=0&size=50", Api.COORDINATOR)
            .json();
    assertThat(codes(cambs)).containsExactly("E22000013", "E22000014", "E22000018");
    assertThat(cambs.getJsonArray("items").getJsonObject(0).getJsonArray("ladCodes").getString(0))
        .isEqualTo("E07000008");
    assertThat(cambs.getJsonArray("items").getJsonObject(0).isNull("nameCy")).isTrue();

    assertThat(
            api()
                .get("api/v1/csps?pfa=E23000023&country=W", Api.COORDINATOR)
                .json()
                .getInt("total"))
        .isZero();
    assertThat(api().get("api/v1/csps?country=W&size=50", Api.COORDINATOR).json().getInt("total"))
        .isEqualTo(21);
    assertThat(api().get("api/v1/csps?councilType=E09", Api.COORDINATOR).json().getInt("total"))
        .isEqualTo(33);
    JsonObject welsh = api().get("api/v1/csps?q=ynys", Api.COORDINATOR).json();
    assertThat(welsh.getJsonArray("items").getJsonObject(0).getString("nameCy"))
        .isEqualTo("Ynys Môn");
  }

  @Test
  @RunAsClient
  void cspsPageAndSortInTheDatabase() {
    JsonObject first = api().get("api/v1/csps?page=0&size=100&sort=code", Api.COORDINATOR).json();
    JsonObject last = api().get("api/v1/csps?page=3&size=100&sort=code", Api.COORDINATOR).json();
    JsonObject byNameDesc =
        api().get("api/v1/csps?size=1&sort=name&dir=desc", Api.COORDINATOR).json();

    assertThat(codes(first)).hasSize(100).startsWith("E22000001");
    assertThat(codes(last)).hasSize(14).doesNotContainAnyElementsOf(codes(first));
    assertThat(byNameDesc.getJsonArray("items").getJsonObject(0).getString("name"))
        .isEqualTo("Wyre");
  }

  @Test
  @RunAsClient
  void mineIsTheCallersScope() {
    assertThat(codes(api().get("api/v1/csps?mine=true", Api.COORDINATOR).json()))
        .containsExactly("E22000013");
    assertThat(api().get("api/v1/csps?mine=true", Api.PCC).json().getInt("total")).isEqualTo(6);
    assertThat(api().get("api/v1/csps?mine=true", Api.PARTNER).json().getInt("total")).isEqualTo(6);
    assertThat(api().get("api/v1/csps?mine=true&size=1", Api.ADMIN).json().getInt("total"))
        .isEqualTo(314);
  }

  @Test
  @RunAsClient
  void badParametersGet400NamingTheParameter() {
    for (String query :
        List.of(
            "size=0",
            "size=501",
            "size=abc",
            "page=-1",
            "country=X",
            "on=yesterday",
            "councilType=E99",
            "dir=up",
            "vintage=x")) {
      Api.Reply reply = api().get("api/v1/csps?" + query, Api.COORDINATOR);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.json().getString("message"))
          .as(query)
          .contains("not a valid value for " + query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  @RunAsClient
  void aCspAnswersWithItsCouncilsForceAreaPolicingBodyAndMembers() {
    JsonObject csp = api().get("api/v1/csps/E22000013", Api.PCC).json();

    assertThat(csp.getString("name")).isEqualTo("Cambridge");
    assertThat(csp.getJsonArray("councils").getJsonObject(0).getString("code"))
        .isEqualTo("E07000008");
    assertThat(csp.getJsonObject("forceArea").getString("code")).isEqualTo("E23000023");
    assertThat(csp.getJsonObject("policingBody").getString("name"))
        .isEqualTo("Cambridgeshire and Peterborough Police and Crime Commissioner");
    assertThat(csp.getJsonArray("members").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("type"))
        .contains("COUNCIL", "POLICE_FORCE");
    assertThat(csp.getBoolean("inScope")).isTrue();
  }

  @Test
  @RunAsClient
  void anUnknownCspIs404WithAJsonErrorInTheCallersLanguage() {
    Api.Reply english = api().get("api/v1/csps/E22999999", Api.COORDINATOR);
    Api.Reply welsh = api().get("api/v1/csps/E22999999", Api.COORDINATOR, "cy");

    assertThat(english.status()).isEqualTo(404);
    assertThat(english.json().getString("message"))
        .isEqualTo("No Community Safety Partnership has the code E22999999.");
    assertThat(welsh.json().getString("message")).startsWith("Nid oes gan unrhyw Bartneriaeth");
    assertThat(api().get("api/v1/no-such-thing", Api.COORDINATOR).status()).isEqualTo(404);
  }

  @Test
  @RunAsClient
  void aForceAreaShowsItsCspsAndItsPolicingBodyOverTime() {
    JsonObject southYorkshire =
        api().get("api/v1/police-force-areas/E23000011", Api.ANALYST).json();
    JsonArray history = southYorkshire.getJsonArray("policingBodyHistory");

    assertThat(southYorkshire.getJsonObject("policingBody").getString("type")).isEqualTo("MAYOR");
    assertThat(history.getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("type"))
        .containsExactly("PCC", "MAYOR");
    assertThat(history.getJsonObject(1).getString("validFrom")).isEqualTo("2024-05-07");
    assertThat(southYorkshire.getJsonArray("csps")).hasSize(4);
    JsonObject met =
        api()
            .get("api/v1/police-force-areas?q=metropolitan", Api.ANALYST)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(met.getJsonObject("policingBody").getString("type")).isEqualTo("MAYOR");

    // on a day before the mayor took PCC functions, the body of that day: one area, a list, a CSP
    JsonObject before =
        api().get("api/v1/police-force-areas/E23000011?on=2024-05-06", Api.ANALYST).json();
    assertThat(before.getJsonObject("policingBody").getString("type")).isEqualTo("PCC");
    JsonObject listed =
        api()
            .get("api/v1/police-force-areas?q=south%20yorkshire&on=2024-05-06", Api.ANALYST)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(listed.getJsonObject("policingBody").getString("type")).isEqualTo("PCC");
    String sheffield =
        southYorkshire.getJsonArray("csps").getValuesAs(JsonObject.class).stream()
            .map(csp -> csp.getString("code"))
            .findFirst()
            .orElseThrow();
    assertThat(
            api()
                .get("api/v1/csps/" + sheffield + "?on=2024-05-06", Api.ANALYST)
                .json()
                .getJsonObject("policingBody")
                .getString("type"))
        .isEqualTo("PCC");
    assertThat(
            api()
                .get("api/v1/csps/" + sheffield + "?on=2024-05-07", Api.ANALYST)
                .json()
                .getJsonObject("policingBody")
                .getString("type"))
        .isEqualTo("MAYOR");
  }

  @Test
  @RunAsClient
  void welshCouncilsForcesAndPolicingBodiesHaveTheirWelshNames() {
    // ONS's Welsh district name, where the CSP (Cwm Taf) does not share the council's name
    JsonObject merthyr = api().get("api/v1/councils/W06000024", Api.ANALYST).json();
    assertThat(merthyr.getString("nameCy")).isEqualTo("Merthyr Tudful");
    assertThat(api().get("api/v1/councils/W06000016", Api.ANALYST).json().getString("nameCy"))
        .isEqualTo("Rhondda Cynon Taf");
    JsonObject southWales = api().get("api/v1/police-force-areas/W15000003", Api.ANALYST).json();
    assertThat(southWales.getJsonObject("policingBody").getString("nameCy"))
        .isEqualTo("Comisiynydd yr Heddlu a Throseddu De Cymru");
    for (String code : new String[] {"W15000001", "W15000002", "W15000004"}) {
      assertThat(
              api()
                  .get("api/v1/police-force-areas/" + code, Api.ANALYST)
                  .json()
                  .getJsonObject("policingBody")
                  .getString("nameCy"))
          .startsWith("Comisiynydd Heddlu a Thros");
    }
  }

  @Test
  @RunAsClient
  void councilsListWithTheirCspsAndFilterByType() {
    assertThat(api().get("api/v1/councils?councilType=W06", Api.COORDINATOR).json().getInt("total"))
        .isEqualTo(22);
    JsonObject cumberland = api().get("api/v1/councils/E06000063", Api.COORDINATOR).json();
    assertThat(cumberland.getJsonArray("csps")).hasSize(3);
    assertThat(api().get("api/v1/councils/W06000015", Api.COORDINATOR).json().getString("nameCy"))
        .isEqualTo("Caerdydd");
    JsonObject rhondda = api().get("api/v1/councils/W06000016", Api.COORDINATOR).json();
    // ONS's own Welsh name for the district, not one borrowed from the Cwm Taf CSP
    assertThat(rhondda.getString("nameCy")).isEqualTo("Rhondda Cynon Taf");
    assertThat(rhondda.getString("pfaNameCy")).isEqualTo("De Cymru");
    assertThat(
            api()
                .get("api/v1/police-force-areas/W15000001", Api.COORDINATOR)
                .json()
                .getString("nameCy"))
        .isEqualTo("Gogledd Cymru");
  }

  @Test
  @RunAsClient
  void onlyAnAdministratorMayImportAndARefusalWritesNothing() {
    int vintages = vintages().size();
    Api.Reply reply =
        api()
            .upload(
                "api/v1/registry/imports",
                Api.COORDINATOR,
                "x.csv",
                (HEADER + CAMBRIDGE).getBytes(StandardCharsets.UTF_8));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().getString("message")).isEqualTo("Your role does not allow this.");
    assertThat(vintages()).hasSize(vintages);
  }

  @Test
  @RunAsClient
  void aBadFileIs422WithEveryProblemByLine() {
    int vintages = vintages().size();
    String file =
        HEADER
            + CAMBRIDGE.replace("E07000008", "E0700008")
            + "E07000012,South Cambridgeshire,E22000013,Cambridge,E23000026,Bedfordshire\n"
            + CAMBRIDGE
            + CAMBRIDGE;
    Api.Reply reply =
        api()
            .upload(
                "api/v1/registry/imports",
                Api.ADMIN,
                "bad.csv",
                file.getBytes(StandardCharsets.UTF_8));

    assertThat(reply.status()).isEqualTo(422);
    List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors).extracting(e -> e.getInt("line")).containsExactly(2, 3, 5);
    assertThat(errors.get(1).getString("message"))
        .contains("a CSP sits in exactly one police force area");
    assertThat(vintages()).hasSize(vintages);
    Api.Reply noFile =
        api().upload("api/v1/registry/imports", Api.ADMIN, null, null, "label", "no file here");
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.json().getString("message")).contains("multipart form field ‘file’");
  }

  @Test
  @RunAsClient
  void the2019LookupImportsOnceAndEarlierVintagesStayQueryable() {
    byte[] lookup = Deployments.bytes(Deployments.testData().resolve(LOOKUP_2019));
    withdrawVintagesFrom("2019-04-01");

    Api.Reply created =
        api()
            .upload(
                "api/v1/registry/imports",
                Api.ADMIN,
                LOOKUP_2019,
                lookup,
                "label",
                "ONS December 2019");
    try {
      assertThat(created.status()).isEqualTo(201);
      assertThat(created.header("Location")).contains("/api/v1/registry/vintages/");
      JsonObject vintage = created.json().getJsonObject("vintage");
      assertThat(vintage.getInt("referenceYear")).isEqualTo(2019);
      assertThat(vintage.getString("validFrom")).isEqualTo("2019-04-01");
      assertThat(vintage.getInt("cspCount")).isEqualTo(314);
      assertThat(vintage.getInt("ladCount")).isEqualTo(339);

      Api.Reply again = api().upload("api/v1/registry/imports", Api.ADMIN, "renamed.csv", lookup);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().getBoolean("created")).isFalse();
      assertThat(vintages().stream().filter(v -> v.getString("validFrom").equals("2019-04-01")))
          .hasSize(1);

      JsonObject cambridge2019 =
          api().get("api/v1/councils/E07000008?on=2019-06-30", Api.COORDINATOR).json();
      assertThat(cambridge2019.getJsonArray("csps").getJsonObject(0).getString("code"))
          .isEqualTo("E22000013");
      JsonObject aylesbury = api().get("api/v1/councils/E07000004", Api.COORDINATOR).json();
      assertThat(aylesbury.getString("name")).isEqualTo("Aylesbury Vale");
      assertThat(api().get("api/v1/councils/E07000004?on=2025-01-01", Api.COORDINATOR).status())
          .isEqualTo(404);
      JsonObject bcp2019 =
          api()
              .get("api/v1/councils/E06000058?vintage=" + vintage.getInt("id"), Api.COORDINATOR)
              .json();
      assertThat(bcp2019.getJsonArray("csps")).hasSize(3);
      assertThat(
              api().get("api/v1/csps/E22000013", Api.COORDINATOR).json().getJsonArray("vintages"))
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(
              api()
                  .get("api/v1/csps?size=1", Api.COORDINATOR)
                  .json()
                  .getJsonObject("vintage")
                  .getString("label"))
          .isEqualTo("ONS December 2024");
    } finally {
      withdrawVintagesFrom("2019-04-01");
    }
    assertThat(api().get("api/v1/councils/E07000008?on=2019-06-30", Api.COORDINATOR).status())
        .isEqualTo(404);
  }

  @Test
  @RunAsClient
  void aValidFromDateAlreadyTakenIs422AndTheLastVintageCannotBeWithdrawnByAnyoneButItStays() {
    String file =
        HEADER + "E07000009,Huntingdonshire,E22000014,Huntingdonshire,E23000023,Cambridgeshire\n";
    Api.Reply taken =
        api()
            .upload(
                "api/v1/registry/imports",
                Api.ADMIN,
                "one.csv",
                file.getBytes(StandardCharsets.UTF_8),
                "validFrom",
                "2024-04-01");
    assertThat(taken.status()).isEqualTo(422);
    assertThat(taken.json().getJsonArray("errors").getJsonObject(0).isNull("line")).isTrue();

    long current = vintages().get(0).getInt("id");
    assertThat(api().delete("api/v1/registry/vintages/" + current, Api.COORDINATOR).status())
        .isEqualTo(403);
    if (vintages().size() == 1) {
      assertThat(api().delete("api/v1/registry/vintages/" + current, Api.ADMIN).status())
          .isEqualTo(409);
    }
    assertThat(api().delete("api/v1/registry/vintages/999999", Api.ADMIN).status()).isEqualTo(404);
  }

  @Test
  @RunAsClient
  void administratorsManageMembersThroughTheApi() {
    String name = "Test Probation " + System.nanoTime();
    Api.Reply denied =
        api()
            .postJson(
                "api/v1/csps/E22000013/members",
                Api.COORDINATOR,
                "{\"type\":\"PROBATION_SERVICE\",\"name\":\""
                    + name
                    + "\",\"role\":\"RESPONSIBLE_AUTHORITY\"}");
    assertThat(denied.status()).isEqualTo(403);

    Api.Reply added =
        api()
            .postJson(
                "api/v1/csps/E22000013/members",
                Api.ADMIN,
                "{\"type\":\"PROBATION_SERVICE\",\"name\":\""
                    + name
                    + "\",\"role\":\"RESPONSIBLE_AUTHORITY\"}");
    assertThat(added.status()).isEqualTo(201);
    JsonObject member =
        added.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("name").equals(name))
            .findFirst()
            .orElseThrow();
    long id = member.getJsonNumber("membershipId").longValue();
    long version = member.getJsonNumber("version").longValue();

    assertThat(
            api()
                .postJson(
                    "api/v1/csps/E22000013/members",
                    Api.ADMIN,
                    "{\"organisationId\":"
                        + member.getInt("organisationId")
                        + ",\"role\":\"PARTICIPATING\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            api()
                .postJson(
                    "api/v1/csps/E22000013/members",
                    Api.ADMIN,
                    "{\"type\":\"PROBATION_SERVICE\",\"name\":\"x\",\"role\":\"BOSS\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            api()
                .postJson(
                    "api/v1/csps/E22999999/members",
                    Api.ADMIN,
                    "{\"type\":\"PROBATION_SERVICE\",\"name\":\"y\",\"role\":\"PARTICIPATING\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            api()
                .putJson(
                    "api/v1/csps/E22000013/members/" + id,
                    Api.ADMIN,
                    "{\"role\":\"CO_OPERATING\",\"version\":" + version + "}")
                .status())
        .isEqualTo(200);
    assertThat(
            api()
                .delete("api/v1/csps/E22000013/members/" + id + "?version=" + version, Api.ADMIN)
                .status())
        .isEqualTo(409);
    assertThat(
            api()
                .delete(
                    "api/v1/csps/E22000013/members/" + id + "?version=" + (version + 1), Api.ADMIN)
                .status())
        .isEqualTo(204);
    assertThat(api().get("api/v1/csps/E22000013", Api.ADMIN).body()).doesNotContain(name);
  }

  @Test
  @RunAsClient
  void membershipFollowsTheLaw() {
    Api.Reply landlord =
        api()
            .postJson(
                "api/v1/csps/E22000013/members",
                Api.ADMIN,
                "{\"type\":\"REGISTERED_PROVIDER\",\"name\":\"Test Homes "
                    + System.nanoTime()
                    + "\",\"role\":\"RESPONSIBLE_AUTHORITY\"}");
    assertThat(landlord.status()).isEqualTo(422);
    assertThat(landlord.json().getString("message"))
        .contains("Crime and Disorder Act 1998, section 5");

    Api.Reply healthBoard =
        api()
            .postJson(
                "api/v1/csps/E22000013/members",
                Api.ADMIN,
                "{\"type\":\"LOCAL_HEALTH_BOARD\",\"name\":\"Test Health Board "
                    + System.nanoTime()
                    + "\",\"role\":\"RESPONSIBLE_AUTHORITY\"}");
    assertThat(healthBoard.status()).isEqualTo(422);
    assertThat(healthBoard.json().getString("message")).contains("local health boards in Wales");

    long council =
        api()
            .get("api/v1/csps/E22000013", Api.ADMIN)
            .json()
            .getJsonArray("members")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getBoolean("fromLookup"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("organisationId")
            .longValue();
    Api.Reply again =
        api()
            .postJson(
                "api/v1/csps/E22000013/members",
                Api.ADMIN,
                "{\"organisationId\":" + council + ",\"role\":\"RESPONSIBLE_AUTHORITY\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("message")).contains("through the ONS lookup");

    Api.Reply policingBody =
        api()
            .postJson(
                "api/v1/csps/E22000013/members",
                Api.ADMIN,
                "{\"type\":\"POLICING_BODY\",\"name\":\"A body\",\"role\":\"PARTICIPATING\"}");
    assertThat(policingBody.status()).isEqualTo(422);
  }

  @Test
  @RunAsClient
  void everyPartnershipHasTheResponsibleAuthoritiesTheOnsLookupsGive() {
    List<JsonObject> cambridge = members("E22000013");
    assertThat(cambridge)
        .filteredOn(m -> m.getString("source").equals("REFERENCE_DATA"))
        .extracting(m -> m.getString("type") + ": " + m.getString("name"))
        .contains(
            "FIRE_AND_RESCUE_AUTHORITY: Cambridgeshire Fire and Rescue Authority",
            "INTEGRATED_CARE_BOARD: NHS Cambridgeshire and Peterborough Integrated Care Board",
            "COUNTY_COUNCIL: Cambridgeshire County Council");
    assertThat(cambridge)
        .filteredOn(m -> m.getString("source").equals("REFERENCE_DATA"))
        .allMatch(m -> m.getString("role").equals("RESPONSIBLE_AUTHORITY"))
        .allMatch(m -> m.isNull("coveragePercent"));

    // Wales: the local health board, and the bodies' own Welsh names
    List<JsonObject> cardiff = members("W14000015");
    assertThat(cardiff)
        .extracting(m -> m.getString("type") + ": " + m.getString("nameCy", ""))
        .contains(
            "LOCAL_HEALTH_BOARD: Bwrdd Iechyd Prifysgol Caerdydd a'r Fro",
            "FIRE_AND_RESCUE_AUTHORITY: Awdurdod Tân ac Achub De Cymru")
        .noneMatch(member -> member.startsWith("INTEGRATED_CARE_BOARD"))
        .noneMatch(member -> member.startsWith("COUNTY_COUNCIL"));

    // a council split between boards: each board, with the share of the council it covers
    assertThat(members("E22000372"))
        .filteredOn(m -> m.getString("type").equals("INTEGRATED_CARE_BOARD"))
        .extracting(m -> m.getInt("coveragePercent"))
        .containsExactlyInAnyOrder(91, 8, 1);
  }

  @Test
  @RunAsClient
  void anAdministratorMayRemoveAMemberTheLookupsGaveAndItStaysRemoved() {
    JsonObject county =
        members("E22000014").stream()
            .filter(m -> m.getString("type").equals("COUNTY_COUNCIL"))
            .findFirst()
            .orElseThrow();
    assertThat(
            api()
                .delete(
                    "api/v1/csps/E22000014/members/"
                        + county.getJsonNumber("membershipId")
                        + "?version="
                        + county.getJsonNumber("version"),
                    Api.ADMIN)
                .status())
        .isEqualTo(204);
    assertThat(members("E22000014")).noneMatch(m -> m.getString("type").equals("COUNTY_COUNCIL"));
    Api.Reply back =
        api()
            .postJson(
                "api/v1/csps/E22000014/members",
                Api.ADMIN,
                "{\"organisationId\":"
                    + county.getJsonNumber("organisationId")
                    + ",\"role\":\"RESPONSIBLE_AUTHORITY\"}");
    assertThat(back.status()).isEqualTo(201);
    assertThat(members("E22000014"))
        .filteredOn(m -> m.getString("type").equals("COUNTY_COUNCIL"))
        .extracting(m -> m.getString("source"))
        .containsExactly("ADMINISTRATOR");
  }

  private List<JsonObject> members(String csp) {
    return api()
        .get("api/v1/csps/" + csp, Api.ADMIN)
        .json()
        .getJsonArray("members")
        .getValuesAs(JsonObject.class);
  }

  @Test
  @RunAsClient
  void healthIsReadyAndOpenApiDescribesTheApiWithoutSigningIn() {
    Api root = new Api(rootOf(base));

    Api.Reply ready = root.get("health/ready", null);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");
    assertThat(root.get("openapi", null).body())
        .contains("/api/v1/csps")
        .contains("/api/v1/registry/imports");
  }

  @Test
  @RunAsClient
  void theSessionCookieIsHttpOnlyAndSameSite() {
    Api.Reply login = api().get("login.xhtml", null);

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.raw().headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("SPSESSION="))
        .singleElement()
        .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  @RunAsClient
  void pagesNeedSigningInAndAnExpiredSessionIsSaidSo() {
    Api.Reply anonymous = api().get("registry/csps.xhtml", null);
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.header("Location")).endsWith("/login.xhtml");

    var stale =
        api()
            .send(
                api()
                    .request("registry/csps.xhtml", null)
                    .header("Cookie", "SPSESSION=no-such-session")
                    .GET()
                    .build());
    assertThat(stale.status()).isEqualTo(302);
    assertThat(stale.header("Location")).endsWith("/login.xhtml?expired=true");
  }

  @Test
  @RunAsClient
  void aFormPostedWithoutItsViewStateChangesNothing() {
    var forged =
        api()
            .send(
                api()
                    .request("login.xhtml", null)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "login=login&login%3Ausername=admin&login%3Apassword=admin-demo-2026&login%3AsignIn=Sign+in&jakarta.faces.ViewState=forged"))
                    .build());

    assertThat(forged.status()).isEqualTo(302);
    assertThat(forged.header("Location")).contains("/error/expired.xhtml");
    assertThat(
            api()
                .send(
                    api()
                        .request(
                            forged.header("Location").replaceFirst("^https?://[^/]+/[^/]+/", ""),
                            null)
                        .GET()
                        .build())
                .body())
        .contains("This page has expired");
  }

  private List<String> codes(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("code"))
        .toList();
  }

  private List<JsonObject> vintages() {
    return ((JsonArray) api().get("api/v1/registry/vintages", Api.ADMIN).jsonValue())
        .getValuesAs(JsonObject.class);
  }

  private void withdrawVintagesFrom(String validFrom) {
    vintages().stream()
        .filter(v -> v.getString("validFrom").equals(validFrom))
        .forEach(
            v ->
                assertThat(
                        api()
                            .delete("api/v1/registry/vintages/" + v.getInt("id"), Api.ADMIN)
                            .status())
                    .isEqualTo(204));
  }

  private static URL rootOf(URL base) {
    try {
      return new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
