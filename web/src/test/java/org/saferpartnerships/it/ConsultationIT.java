package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableWriter;

/**
 * Consultations over the API on Payara Micro: set-up, a response typed in from a letter, imports of
 * CSV, XLSX and ODS files in both shapes (a row per respondent, a row per answer) run in the
 * background and followed to the end, the real NHS free-text file, files refused whole with their
 * problems by row and column (nothing stored), the same file twice (nothing added), remembered
 * mappings, stale and illegal steps, tallies by category, and who may see a consultation at all.
 * Each test makes its own consultation, so the class also runs against a shared database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationIT {

  private static final String ANALYST = Api.ANALYST;

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  private Api api() {
    return new Api(base);
  }

  // ---- set-up
  // ------------------------------------------------------------------------------------

  private JsonObject create(String title, String questionsJson) {
    Api.Reply created =
        api()
            .postJson(
                "api/v1/consultations",
                ANALYST,
                "{\"titleEn\":\""
                    + title
                    + "\",\"opensOn\":\"2026-01-05\",\"closesOn\":\"2026-03-30\","
                    + "\"asksOrganisation\":true,\"questions\":"
                    + questionsJson
                    + "}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static final String THREE_QUESTIONS =
      "[{\"code\":\"Q1\",\"textEn\":\"Should CSPs publish their plans?\",\"kind\":\"AGREE_SCALE\"},"
          + "{\"code\":\"Q2\",\"textEn\":\"Which powers have you used?\",\"kind\":\"MULTIPLE_CHOICE\","
          + "\"options\":[{\"labelEn\":\"Community protection notice\"},"
          + "{\"labelEn\":\"Dispersal order\",\"labelCy\":\"Gorchymyn gwasgaru\"},"
          + "{\"labelEn\":\"Closure order\"}]},"
          + "{\"code\":\"Q3\",\"textEn\":\"Why?\",\"textCy\":\"Pam?\",\"kind\":\"FREE_TEXT\"}]";

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private static JsonObject question(JsonObject consultation, String code) {
    return consultation.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
        .filter(q -> q.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static long option(JsonObject consultation, String code, String label) {
    return question(consultation, code)
        .getJsonArray("options")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(o -> o.getString("labelEn").equals(label))
        .findFirst()
        .map(ConsultationIT::id)
        .orElseThrow();
  }

  private static long category(JsonObject consultation, String code) {
    return consultation.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .map(ConsultationIT::id)
        .orElseThrow();
  }

  @Test
  void anAnalystSetsUpAConsultationWithTheUsualCategoriesAndTheScaleItsKindGives() {
    JsonObject c = create("Set-up " + UUID.randomUUID(), THREE_QUESTIONS);
    assertThat(c.getString("ownerName")).isEqualTo("Home Office");
    assertThat(c.getJsonArray("categories")).hasSize(10);
    assertThat(question(c, "Q1").getJsonArray("options"))
        .extracting(v -> ((JsonObject) v).getString("labelEn"))
        .containsExactly(
            "Strongly agree",
            "Agree",
            "Neither agree nor disagree",
            "Disagree",
            "Strongly disagree",
            "Don't know");
    assertThat(question(c, "Q3").getJsonArray("options")).isEmpty();

    // it is listed for its owner
    Api.Reply list =
        api().get("api/v1/consultations?q=" + c.getString("titleEn").substring(8), ANALYST);
    assertThat(list.json().getJsonArray("items")).hasSize(1);

    // a question added with the version read; a stale version is refused and adds nothing
    Api.Reply added =
        api()
            .postJson(
                "api/v1/consultations/" + id(c) + "/questions",
                ANALYST,
                "{\"version\":"
                    + c.getInt("version")
                    + ",\"textEn\":\"Anything else?\",\"kind\":\"YES_NO\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(question(added.json(), "Q4").getJsonArray("options")).hasSize(2);
    Api.Reply stale =
        api()
            .postJson(
                "api/v1/consultations/" + id(c) + "/questions",
                ANALYST,
                "{\"version\":"
                    + c.getInt("version")
                    + ",\"textEn\":\"Late\",\"kind\":\"FREE_TEXT\"}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api().get("api/v1/consultations/" + id(c), ANALYST).json().getJsonArray("questions"))
        .hasSize(4);
  }

  @Test
  void badSetUpsAreRefusedWithTheirReason() {
    Api.Reply backwards =
        api()
            .postJson(
                "api/v1/consultations",
                ANALYST,
                "{\"titleEn\":\"Backwards\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-02-01\"}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("closing date");
    Api.Reply oneOption =
        api()
            .postJson(
                "api/v1/consultations",
                ANALYST,
                "{\"titleEn\":\"One option\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-04-01\","
                    + "\"questions\":[{\"textEn\":\"Pick\",\"kind\":\"SINGLE_CHOICE\","
                    + "\"options\":[{\"labelEn\":\"Only\"}]}]}");
    assertThat(oneOption.status()).isEqualTo(400);
    Api.Reply badKind =
        api()
            .postJson(
                "api/v1/consultations",
                ANALYST,
                "{\"titleEn\":\"Kind\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-04-01\","
                    + "\"questions\":[{\"textEn\":\"Pick\",\"kind\":\"ESSAY\"}]}");
    assertThat(badKind.status()).isEqualTo(400);
    // an analyst cannot run a consultation for a PCC office they do not act for
    long pccOffice =
        api()
            .get("api/v1/consultations/owners", Api.PCC)
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Api.Reply notTheirs =
        api()
            .postJson(
                "api/v1/consultations",
                ANALYST,
                "{\"titleEn\":\"Not mine\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-04-01\","
                    + "\"ownerId\":"
                    + pccOffice
                    + "}");
    assertThat(notTheirs.status()).isEqualTo(422);
  }

  @Test
  void aConsultationIsSeenOnlyByItsOwnersAndAdministrators() {
    JsonObject c = create("Scoped " + UUID.randomUUID(), THREE_QUESTIONS);
    assertThat(api().get("api/v1/consultations/" + id(c), Api.PCC).status()).isEqualTo(404);
    assertThat(api().get("api/v1/consultations/" + id(c) + "/tallies", Api.PCC).status())
        .isEqualTo(404);
    assertThat(api().get("api/v1/consultations/" + id(c), Api.ADMIN).status()).isEqualTo(200);
    assertThat(api().get("api/v1/consultations/" + id(c), Api.PARTNER).status()).isEqualTo(403);
    assertThat(api().get("api/v1/consultations/" + id(c), Api.COORDINATOR).status()).isEqualTo(403);
    assertThat(
            api()
                .get("api/v1/consultations?size=500", Api.PCC)
                .json()
                .getJsonArray("items")
                .stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
        .doesNotContain(id(c));
    // a PCC office runs its own
    Api.Reply pccOwn =
        api()
            .postJson(
                "api/v1/consultations",
                Api.PCC,
                "{\"titleEn\":\"Police and crime plan "
                    + UUID.randomUUID()
                    + "\",\"opensOn\":\"2026-03-01\","
                    + "\"closesOn\":\"2026-04-01\"}");
    assertThat(pccOwn.status()).as(pccOwn.body()).isEqualTo(201);
    assertThat(api().get("api/v1/consultations/" + id(pccOwn.json()), ANALYST).status())
        .isEqualTo(404);
  }

  // ---- letters and tallies
  // -----------------------------------------------------------------------

  @Test
  void aLetterTypedInIsCountedAndBadOnesChangeNothing() {
    JsonObject c = create("Letters " + UUID.randomUUID(), THREE_QUESTIONS);
    long q1 = id(question(c, "Q1"));
    long q2 = id(question(c, "Q2"));
    long q3 = id(question(c, "Q3"));
    String path = "api/v1/consultations/" + id(c) + "/responses";
    Api.Reply letter =
        api()
            .postJson(
                path,
                ANALYST,
                "{\"reference\":\"LTR-1\",\"categoryId\":"
                    + category(c, "PUBLIC")
                    + ",\"receivedOn\":\"2026-02-02\",\"answers\":["
                    + "{\"questionId\":"
                    + q1
                    + ",\"optionIds\":["
                    + option(c, "Q1", "Agree")
                    + "]},"
                    + "{\"questionId\":"
                    + q2
                    + ",\"optionIds\":["
                    + option(c, "Q2", "Dispersal order")
                    + ","
                    + option(c, "Q2", "Closure order")
                    + "]},"
                    + "{\"questionId\":"
                    + q3
                    + ",\"text\":\"Plans should be public.\"}]}");
    assertThat(letter.status()).as(letter.body()).isEqualTo(201);
    // the same reference again, an option of another question, two options of a scale, no answers
    assertThat(
            api()
                .postJson(
                    path,
                    ANALYST,
                    "{\"reference\":\"LTR-1\",\"answers\":[{\"questionId\":"
                        + q3
                        + ",\"text\":\"x\"}]}")
                .status())
        .isEqualTo(409);
    assertThat(
            api()
                .postJson(
                    path,
                    ANALYST,
                    "{\"answers\":[{\"questionId\":"
                        + q1
                        + ",\"optionIds\":["
                        + option(c, "Q2", "Closure order")
                        + "]}]}")
                .status())
        .isEqualTo(422);
    assertThat(
            api()
                .postJson(
                    path,
                    ANALYST,
                    "{\"answers\":[{\"questionId\":"
                        + q1
                        + ",\"optionIds\":["
                        + option(c, "Q1", "Agree")
                        + ","
                        + option(c, "Q1", "Disagree")
                        + "]}]}")
                .status())
        .isEqualTo(422);
    assertThat(api().postJson(path, ANALYST, "{\"answers\":[]}").status()).isEqualTo(422);

    JsonObject tallies = api().get("api/v1/consultations/" + id(c) + "/tallies", ANALYST).json();
    assertThat(tallies.getInt("responses")).isEqualTo(1);
    JsonObject powers = tallies.getJsonArray("questions").getJsonObject(1);
    assertThat(powers.getString("code")).isEqualTo("Q2");
    assertThat(powers.getInt("answered")).isEqualTo(1);
    assertThat(powers.getJsonArray("options").getJsonObject(1).getInt("count")).isEqualTo(1);
    assertThat(
            powers.getJsonArray("options").getJsonObject(1).getJsonNumber("percent").doubleValue())
        .isEqualTo(100.0);
    assertThat(powers.getJsonArray("options").getJsonObject(0).getInt("count")).isZero();

    // a letter in Welsh: its answer is told as Welsh and found by the Welsh filter
    Api.Reply cymraeg =
        api()
            .postJson(
                path,
                ANALYST,
                "{\"reference\":\"LTR-CY\",\"answers\":[{\"questionId\":"
                    + q3
                    + ",\"text\":\"Mae angen i bartneriaethau gyhoeddi eu cynlluniau, diolch.\"}]}");
    assertThat(cymraeg.status()).as(cymraeg.body()).isEqualTo(201);
    JsonObject welsh =
        api().get("api/v1/consultations/" + id(c) + "/answers?filter=WELSH", ANALYST).json();
    assertThat(welsh.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(welsh.toString()).contains("gyhoeddi").doesNotContain("Plans should be public");
  }

  // ---- codebook, coding and agreement

  private static final String SECOND_ANALYST = "analyst2:analyst2-test-2026";

  @Test
  void twoAnalystsCodeTheSameAnswersAndTheirAgreementIsMeasuredPerTheme() {
    Api.Reply account =
        api()
            .postJson(
                "api/v1/test/accounts/analyst2",
                Api.ADMIN,
                "{\"password\":\"analyst2-test-2026\",\"role\":\"HOME_OFFICE_ANALYST\","
                    + "\"orgType\":\"HOME_OFFICE\"}");
    assertThat(account.status()).as(account.body()).isEqualTo(200);
    JsonObject c =
        create(
            "Coding " + UUID.randomUUID(),
            "[{\"code\":\"WHY\",\"textEn\":\"Why?\",\"kind\":\"FREE_TEXT\"}]");
    long why = id(question(c, "WHY"));
    String[] texts = {
      "The police never come when we call about the park.",
      "Publish the plan in Welsh as well, please.",
      "More patrols at night and better street lighting.",
      "Nothing to add."
    };
    for (String text : texts) {
      assertThat(
              api()
                  .postJson(
                      "api/v1/consultations/" + id(c) + "/responses",
                      ANALYST,
                      "{\"answers\":[{\"questionId\":" + why + ",\"text\":\"" + text + "\"}]}")
                  .status())
          .isEqualTo(201);
    }
    String themes = "api/v1/consultations/" + id(c) + "/themes";
    JsonObject policing =
        api()
            .postJson(
                themes,
                ANALYST,
                "{\"code\":\"POLICING\",\"labelEn\":\"Policing\","
                    + "\"labelCy\":\"Plismona\",\"definitionEn\":\"Police presence and response\"}")
            .json();
    JsonObject patrols =
        api()
            .postJson(
                themes,
                ANALYST,
                "{\"code\":\"PATROLS\",\"labelEn\":\"Patrols\",\"parentId\":" + id(policing) + "}")
            .json();
    JsonObject welsh =
        api()
            .postJson(themes, ANALYST, "{\"code\":\"WELSH\",\"labelEn\":\"Welsh language\"}")
            .json();
    assertThat(patrols.getInt("depth")).isEqualTo(1);
    // a repeated code, a parent of another consultation, a fourth level, a bad code: refused
    assertThat(
            api()
                .postJson(themes, ANALYST, "{\"code\":\"policing\",\"labelEn\":\"Again\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            api()
                .postJson(themes, ANALYST, "{\"code\":\"X\",\"labelEn\":\"X\",\"parentId\":999999}")
                .status())
        .isEqualTo(422);
    JsonObject night =
        api()
            .postJson(
                themes,
                ANALYST,
                "{\"code\":\"NIGHT\",\"labelEn\":\"At night\",\"parentId\":" + id(patrols) + "}")
            .json();
    assertThat(
            api()
                .postJson(
                    themes,
                    ANALYST,
                    "{\"code\":\"DEEP\",\"labelEn\":\"Too deep\",\"parentId\":" + id(night) + "}")
                .status())
        .isEqualTo(422);
    assertThat(
            api()
                .postJson(themes, ANALYST, "{\"code\":\"two words\",\"labelEn\":\"Bad\"}")
                .status())
        .isEqualTo(400);
    assertThat(api().get(themes, ANALYST).jsonValue().asJsonArray())
        .extracting(v -> v.asJsonObject().getString("code"))
        .containsExactly("POLICING", "PATROLS", "NIGHT", "WELSH");

    List<JsonObject> answers =
        api()
            .get("api/v1/consultations/" + id(c) + "/answers?filter=NOT_CODED_BY_ME", ANALYST)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(answers).hasSize(4);
    long[] ids = answers.stream().mapToLong(a -> a.getJsonNumber("answerId").longValue()).toArray();

    // first analyst: policing, welsh, patrols, nothing; second: policing, welsh, policing, nothing
    long[][] first = {{id(policing)}, {id(welsh)}, {id(patrols)}, {}};
    long[][] second = {{id(policing)}, {id(welsh)}, {id(policing)}, {}};
    for (int i = 0; i < ids.length; i++) {
      code(c, ids[i], ANALYST, first[i], null);
      code(c, ids[i], SECOND_ANALYST, second[i], null);
    }
    // a passage must come from the answer; a stale coding is refused
    Api.Reply notQuoted =
        api()
            .putJson(
                "api/v1/consultations/" + id(c) + "/answers/" + ids[0] + "/coding",
                ANALYST,
                "{\"themes\":[{\"themeId\":"
                    + id(policing)
                    + ",\"passage\":\"not in it\"}],\"version\":1}");
    assertThat(notQuoted.status()).isEqualTo(422);
    assertThat(code(c, ids[0], ANALYST, first[0], 99L).status()).isEqualTo(409);
    Api.Reply quoted =
        api()
            .putJson(
                "api/v1/consultations/" + id(c) + "/answers/" + ids[0] + "/coding",
                ANALYST,
                "{\"themes\":[{\"themeId\":"
                    + id(policing)
                    + ",\"passage\":\"never  come when we call\"}],"
                    + "\"note\":\"response times\",\"version\":"
                    + api()
                        .get(
                            "api/v1/consultations/" + id(c) + "/answers/" + ids[0] + "/coding",
                            ANALYST)
                        .json()
                        .getJsonObject("mine")
                        .getJsonNumber("version")
                    + "}");
    assertThat(quoted.status()).as(quoted.body()).isEqualTo(200);
    JsonObject coded = quoted.json();
    assertThat(
            coded
                .getJsonObject("mine")
                .getJsonArray("themes")
                .getJsonObject(0)
                .getString("passage"))
        .isEqualTo("never  come when we call");
    // once coded, the other analyst's coding shows; before, it does not
    assertThat(coded.getJsonArray("others")).hasSize(1);

    JsonObject agreement =
        api().get("api/v1/consultations/" + id(c) + "/agreement", ANALYST).json();
    assertThat(agreement.getInt("shared")).isEqualTo(4);
    JsonObject policingAgreement = agreementOf(agreement, "POLICING");
    // policing: both 1, first only 0, second only 1, neither 2: po 0.75, pe 0.5, kappa 0.5
    assertThat(policingAgreement.getInt("both")).isEqualTo(1);
    assertThat(policingAgreement.getInt("onlySecond")).isEqualTo(1);
    assertThat(policingAgreement.getJsonNumber("kappa").doubleValue())
        .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(agreementOf(agreement, "WELSH").getJsonNumber("kappa").doubleValue())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(agreementOf(agreement, "NIGHT").get("kappa")).isEqualTo(JsonValue.NULL);
    assertThat(agreement.getJsonArray("disagreements")).hasSize(1);
    assertThat(agreement.getJsonArray("disagreements").getJsonObject(0).getString("text"))
        .contains("patrols");

    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/answers?filter=DOUBLE_CODED", ANALYST)
                .json()
                .getInt("total"))
        .isEqualTo(4);
    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/answers?q=welsh", ANALYST)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    // words and quoted phrases must all appear; by theme (given by any analyst)
    String search = "api/v1/consultations/" + id(c) + "/answers?q=";
    assertThat(api().get(search + "%22street+lighting%22+PATROLS", ANALYST).json().getInt("total"))
        .isEqualTo(1);
    assertThat(api().get(search + "street+welsh", ANALYST).json().getInt("total")).isZero();
    // a wildcard typed is a character sought, not "anything"
    assertThat(api().get(search + "%25", ANALYST).json().getInt("total")).isZero();
    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/answers?theme=" + id(welsh), ANALYST)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/answers?theme=" + id(policing), ANALYST)
                .json()
                .getInt("total"))
        .isEqualTo(2);
    assertThat(
            api().get(themes, ANALYST).jsonValue().asJsonArray().getJsonObject(0).getInt("answers"))
        .isEqualTo(2);
    // a PCC office cannot see any of it
    assertThat(api().get("api/v1/consultations/" + id(c) + "/agreement", Api.PCC).status())
        .isEqualTo(404);
  }

  private Api.Reply code(JsonObject c, long answerId, String login, long[] themeIds, Long version) {
    StringBuilder themes = new StringBuilder();
    for (long themeId : themeIds) {
      themes
          .append(themes.length() == 0 ? "" : ",")
          .append("{\"themeId\":")
          .append(themeId)
          .append("}");
    }
    Api.Reply reply =
        api()
            .putJson(
                "api/v1/consultations/" + id(c) + "/answers/" + answerId + "/coding",
                login,
                "{\"themes\":["
                    + themes
                    + "]"
                    + (version == null ? "" : ",\"version\":" + version)
                    + "}");
    if (version == null) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
    return reply;
  }

  private static JsonObject agreementOf(JsonObject agreement, String code) {
    return agreement.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  // ---- imports
  // -----------------------------------------------------------------------------------

  private JsonObject upload(long consultation, String fileName, byte[] content, int expected) {
    Api.Reply reply =
        api()
            .postBytes(
                "api/v1/consultations/" + consultation + "/imports?fileName=" + fileName,
                ANALYST,
                content);
    assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    return reply.json();
  }

  private JsonObject proposal(long consultation, long importId) {
    Api.Reply reply =
        api()
            .get(
                "api/v1/consultations/" + consultation + "/imports/" + importId + "/mapping",
                ANALYST);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** Starts an import with the mapping proposed, changed where asked (heading to target). */
  private Api.Reply start(long consultation, JsonObject proposal, String... overrides) {
    JsonArrayBuilder columns = Json.createArrayBuilder();
    for (JsonObject column : proposal.getJsonArray("columns").getValuesAs(JsonObject.class)) {
      String target = column.getString("target");
      for (int i = 0; i + 1 < overrides.length; i += 2) {
        if (overrides[i].equals(column.getString("heading"))) {
          target = overrides[i + 1];
        }
      }
      var choice =
          Json.createObjectBuilder().add("column", column.getInt("index")).add("target", target);
      if ("QUESTION".equals(target)) {
        choice.add("questionId", column.getJsonNumber("questionId"));
      }
      columns.add(choice);
    }
    JsonObject file = proposal.getJsonObject("file");
    return api()
        .postJson(
            "api/v1/consultations/" + consultation + "/imports/" + id(file) + "/start",
            ANALYST,
            Json.createObjectBuilder()
                .add("version", file.getJsonNumber("version"))
                .add("columns", columns)
                .build()
                .toString());
  }

  private JsonObject awaitRun(long consultation) {
    long deadline = System.currentTimeMillis() + 300_000;
    while (true) {
      JsonObject run =
          api()
              .get("api/v1/consultations/" + consultation + "/suggestions/runs/latest", ANALYST)
              .json();
      if (List.of("DONE", "FAILED").contains(run.getString("state"))) {
        return run;
      }
      assertThat(System.currentTimeMillis()).as("training still running").isLessThan(deadline);
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private JsonObject awaitEnd(long consultation, long importId) {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      JsonObject status =
          api()
              .get("api/v1/consultations/" + consultation + "/imports/" + importId, ANALYST)
              .json();
      String state = status.getString("state");
      if (List.of("COMPLETED", "REJECTED", "FAILED").contains(state)) {
        return status;
      }
      assertThat(System.currentTimeMillis()).as("import still " + state).isLessThan(deadline);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static final String WIDE_CSV =
      "Response ID,Respondent type,Organisation name,Q1,Which powers have you used?,Why?,Date submitted\n"
          + "R-1,Member of the public,,Strongly agree,Dispersal order,Because it helps.,2026-02-01\n"
          + "R-2,Community safety partnership,Cambridge CSP,agree,\"Dispersal order; Closure order\","
          + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",03/02/2026\n"
          + "R-3,CSP,Norwich CSP,Disagree,,,\n"
          + "R-4,,,Don't know,,,\n";

  private static final String TEMPLATE =
      "I strongly object to the proposal to close the police station on the high street because"
          + " it is the only place where residents can report crime in person and the nearest"
          + " other station is over twenty miles away.";

  @Test
  void nearIdenticalAnswersAreGroupedAtAChosenThresholdWithTheirAdditionsAndStillCounted() {
    JsonObject c =
        create(
            "Campaigns " + UUID.randomUUID(),
            "[{\"code\":\"Q1\",\"textEn\":\"Why?\",\"kind\":\"FREE_TEXT\"}]");
    String addition = "My neighbour was burgled twice last winter";
    String[] answers = {
      TEMPLATE,
      TEMPLATE + " " + addition + ".",
      "As a shop owner, " + TEMPLATE,
      TEMPLATE,
      TEMPLATE.replace("twenty", "thirty"),
      "The council should fix the street lights on Mill Lane before the winter comes.",
      "More youth clubs would keep teenagers off the estate in the evenings and weekends.",
      "No comment",
      "No comment"
    };
    StringBuilder csv = new StringBuilder("Response ID,Why?\n");
    for (int i = 0; i < answers.length; i++) {
      csv.append("C-").append(i + 1).append(",\"").append(answers[i]).append("\"\n");
    }
    JsonObject uploaded =
        upload(id(c), "campaign.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 201);
    Api.Reply started = start(id(c), proposal(id(c), id(uploaded)));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(awaitEnd(id(c), id(uploaded)).getString("state")).isEqualTo("COMPLETED");
    String campaigns = "api/v1/consultations/" + id(c) + "/campaigns";

    // nothing grouped yet; a threshold out of range or not a number is refused and changes nothing
    assertThat(api().get(campaigns, ANALYST).status()).isEqualTo(404);
    Api.Reply tooLow = api().postJson(campaigns + "?threshold=0.2", ANALYST, "");
    assertThat(tooLow.status()).as(tooLow.body()).isEqualTo(422);
    assertThat(tooLow.json().getString("message")).contains("0.3");
    assertThat(api().postJson(campaigns + "?threshold=half", ANALYST, "").status()).isEqualTo(400);
    assertThat(api().get(campaigns, ANALYST).status()).isEqualTo(404);
    // another organisation's analyst cannot group (nor see) the consultation
    assertThat(api().postJson(campaigns, Api.PCC, "").status()).isEqualTo(404);

    Api.Reply grouped = api().postJson(campaigns + "?threshold=0.5", ANALYST, "");
    assertThat(grouped.status()).as(grouped.body()).isEqualTo(200);
    JsonObject run = grouped.json();
    assertThat(run.getInt("answers")).isEqualTo(9);
    assertThat(run.getInt("considered")).as("the two short answers are not looked at").isEqualTo(7);
    assertThat(run.getInt("groups")).isEqualTo(1);
    assertThat(run.getInt("grouped")).isEqualTo(5);
    assertThat(run.getJsonNumber("pairsCompared").longValue())
        .isLessThanOrEqualTo(run.getJsonNumber("allPairs").longValue());
    List<JsonObject> levels = run.getJsonArray("levels").getValuesAs(JsonObject.class);
    assertThat(levels)
        .extracting(l -> l.getJsonNumber("threshold").doubleValue())
        .containsExactly(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    assertThat(levels.get(levels.size() - 1).getInt("grouped"))
        .as("word for word: the two copies")
        .isEqualTo(2);
    assertThat(api().get(campaigns, ANALYST).json().getInt("grouped")).isEqualTo(5);

    JsonObject groups = api().get(campaigns + "/groups", ANALYST).json();
    assertThat(groups.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject group = groups.getJsonArray("items").getJsonObject(0);
    assertThat(group.getInt("size")).isEqualTo(5);
    assertThat(group.getString("questionCode")).isEqualTo("Q1");
    assertThat(group.getString("templateText")).isEqualTo(TEMPLATE);
    assertThat(
            api()
                .get(campaigns + "/groups?question=" + id(question(c, "Q1")), ANALYST)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(1);

    JsonObject members = api().get(campaigns + "/groups/" + id(group) + "?size=10", ANALYST).json();
    List<JsonObject> lines = members.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).getBoolean("template")).isTrue();
    assertThat(lines.get(0).getJsonNumber("similarity").doubleValue()).isEqualTo(1.0);
    List<String> added =
        lines.stream()
            .flatMap(l -> l.getJsonArray("pieces").getValuesAs(JsonObject.class).stream())
            .filter(piece -> piece.getBoolean("added"))
            .map(piece -> piece.getString("text"))
            .toList();
    // near the end, the words after a changed one are in no shared triple either
    assertThat(added).containsExactlyInAnyOrder(addition, "As a shop owner", "thirty miles away");
    // each member's pieces put back together are its text
    for (JsonObject line : lines) {
      StringBuilder whole = new StringBuilder();
      line.getJsonArray("pieces")
          .getValuesAs(JsonObject.class)
          .forEach(piece -> whole.append(piece.getString("text")));
      assertThat(whole.toString()).isEqualTo(line.getString("text"));
    }

    // every submission is still counted
    JsonObject tallies = api().get("api/v1/consultations/" + id(c) + "/tallies", ANALYST).json();
    assertThat(tallies.getInt("responses")).isEqualTo(9);

    // word for word only: the earlier grouping is replaced, its group gone
    JsonObject exact = api().postJson(campaigns + "?threshold=1", ANALYST, "").json();
    assertThat(exact.getInt("groups")).isEqualTo(1);
    assertThat(exact.getInt("grouped")).isEqualTo(2);
    assertThat(api().get(campaigns + "/groups/" + id(group), ANALYST).status()).isEqualTo(404);
    assertThat(api().get(campaigns + "/groups/nine", ANALYST).status()).isEqualTo(400);
    long exactGroup =
        id(api().get(campaigns + "/groups", ANALYST).json().getJsonArray("items").getJsonObject(0));
    // a group is found only through its own consultation
    JsonObject other = create("Other " + UUID.randomUUID(), THREE_QUESTIONS);
    assertThat(
            api()
                .get(
                    "api/v1/consultations/" + id(other) + "/campaigns/groups/" + exactGroup,
                    ANALYST)
                .status())
        .isEqualTo(404);

    // the report: a theme with a quote, raised as a follow-up that lands in the partner's inbox
    JsonObject theme =
        api()
            .postJson(
                "api/v1/consultations/" + id(c) + "/themes",
                ANALYST,
                "{\"code\":\"STATION\",\"labelEn\":\"Keep the police station\","
                    + "\"labelCy\":\"Cadw gorsaf yr heddlu\"}")
            .json();
    long template = group.getJsonNumber("templateAnswerId").longValue();
    Api.Reply coded =
        api()
            .putJson(
                "api/v1/consultations/" + id(c) + "/answers/" + template + "/coding",
                ANALYST,
                "{\"themes\":[{\"themeId\":"
                    + id(theme)
                    + ",\"passage\":\"the only place where residents can report crime\"}]}");
    assertThat(coded.status()).as(coded.body()).isEqualTo(200);
    String followUps = "api/v1/consultations/" + id(c) + "/themes/" + id(theme) + "/follow-ups";
    String request =
        "{\"cspCode\":\"E22000013\",\"targetBody\":\"POLICE\","
            + "\"title\":\"Say how people can report crime in person\"}";
    Api.Reply noTitle =
        api()
            .postJson(
                followUps,
                ANALYST,
                request.replace("Say how people can report crime in person", " "));
    assertThat(noTitle.status()).as(noTitle.body()).isEqualTo(422);
    assertThat(api().postJson(followUps, ANALYST, request.replace("POLICE", "BISHOP")).status())
        .isEqualTo(400);
    assertThat(
            api()
                .postJson(
                    "api/v1/consultations/" + id(other) + "/themes/" + id(theme) + "/follow-ups",
                    ANALYST,
                    request)
                .status())
        .isEqualTo(404);
    Api.Reply raised = api().postJson(followUps, ANALYST, request);
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    long item = raised.json().getJsonNumber("workItemId").longValue();
    Api.Reply inPartnersInbox = api().get("api/v1/work-items/" + item, Api.PARTNER);
    assertThat(inPartnersInbox.status()).as(inPartnersInbox.body()).isEqualTo(200);
    assertThat(inPartnersInbox.body()).contains("Say how people can report crime in person");

    JsonObject report = api().get("api/v1/consultations/" + id(c) + "/report", ANALYST).json();
    assertThat(report.getInt("responses")).isEqualTo(9);
    assertThat(report.getJsonObject("campaigns").getInt("grouped")).isEqualTo(2);
    JsonObject q1 = report.getJsonArray("questions").getJsonObject(0);
    assertThat(q1.getInt("answered")).isEqualTo(9);
    assertThat(q1.getInt("coded")).isEqualTo(1);
    assertThat(q1.getInt("campaignGroups")).isEqualTo(1);
    assertThat(q1.getInt("campaignAnswers")).isEqualTo(2);
    JsonObject station = q1.getJsonArray("themes").getJsonObject(0);
    assertThat(station.getString("code")).isEqualTo("STATION");
    assertThat(station.getInt("answers")).isEqualTo(1);
    assertThat(station.getJsonNumber("percent").doubleValue()).isEqualTo(100.0);
    assertThat(station.getJsonArray("quotes").getString(0))
        .isEqualTo("the only place where residents can report crime");
    JsonObject followUp = station.getJsonArray("followUps").getJsonObject(0);
    assertThat(followUp.getString("state")).isEqualTo("ROUTED");
    assertThat(followUp.getString("organisationName")).contains("Constabulary");
    // the analyst sees where it is but is no party to the work item; an administrator may open it
    assertThat(followUp.getBoolean("viewable")).isFalse();
    JsonObject asAdmin =
        api()
            .get("api/v1/consultations/" + id(c) + "/report", Api.ADMIN)
            .json()
            .getJsonArray("questions")
            .getJsonObject(0)
            .getJsonArray("themes")
            .getJsonObject(0)
            .getJsonArray("followUps")
            .getJsonObject(0);
    assertThat(asAdmin.getBoolean("viewable")).isTrue();
    Api.Reply pdf = api().get("api/v1/consultations/" + id(c) + "/report.pdf?lang=cy", ANALYST);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).contains("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(api().get("api/v1/consultations/" + id(c) + "/report", Api.PCC).status())
        .isEqualTo(404);
  }

  @Test
  void candidateThemesAreFoundInTheAnswersNobodyHasCodedYet() {
    JsonObject c =
        create(
            "Discovery " + UUID.randomUUID(),
            "[{\"code\":\"Q1\",\"textEn\":\"What should change?\",\"kind\":\"FREE_TEXT\"},"
                + "{\"code\":\"Q2\",\"textEn\":\"Do you feel safe?\",\"kind\":\"YES_NO\"}]");
    long q1 = id(question(c, "Q1"));
    String[] other = {
      "The bus timetable changed without notice.",
      "Please publish the minutes sooner.",
      "The library closes too early on Saturdays.",
      "Bins are collected on the wrong day.",
      "Potholes on Mill Lane damage cars."
    };
    List<String> texts = new java.util.ArrayList<>(TopicAnswers.lightingAndMusic(15));
    texts.addAll(List.of(other));
    for (String text : texts) {
      Api.Reply posted =
          api()
              .postJson(
                  "api/v1/consultations/" + id(c) + "/responses",
                  ANALYST,
                  "{\"answers\":[{\"questionId\":" + q1 + ",\"text\":\"" + text + "\"}]}");
      assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    }
    String discovery = "api/v1/consultations/" + id(c) + "/discovery";

    // refused by name, changing nothing: topics out of range or not a number, a closed question,
    // a language flag that is neither true nor false; another organisation sees no consultation
    Api.Reply tooFew = api().get(discovery + "?topics=1", ANALYST);
    assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(422);
    assertThat(tooFew.json().getString("message")).contains("2").contains("30");
    assertThat(api().get(discovery + "?topics=31", ANALYST).status()).isEqualTo(422);
    assertThat(api().get(discovery + "?topics=many", ANALYST).status()).isEqualTo(400);
    assertThat(api().get(discovery + "?welsh=maybe", ANALYST).status()).isEqualTo(400);
    assertThat(api().get(discovery + "?question=" + id(question(c, "Q2")), ANALYST).status())
        .isEqualTo(404);
    assertThat(api().get(discovery + "?question=999999", ANALYST).status()).isEqualTo(404);
    assertThat(api().get(discovery, Api.PCC).status()).isEqualTo(404);

    JsonObject found = api().get(discovery + "?question=" + q1 + "&topics=4", ANALYST).json();
    assertThat(found.getInt("uncoded")).isEqualTo(texts.size());
    assertThat(found.getInt("considered")).isEqualTo(texts.size());
    assertThat(found.getBoolean("sampled")).isFalse();
    assertThat(found.getInt("covered")).isBetween(30, texts.size());
    assertThat(found.getInt("topicsAsked")).isEqualTo(4);
    List<JsonObject> topics = found.getJsonArray("topics").getValuesAs(JsonObject.class);
    assertThat(topics).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    JsonObject lights = topicWith(topics, "lighting");
    JsonObject loud = topicWith(topics, "music");
    assertThat(lights.getString("label").toLowerCase(java.util.Locale.ROOT)).contains("lighting");
    assertThat(lights.getInt("size")).isEqualTo(15);
    assertThat(loud.getInt("size")).isEqualTo(15);
    List<JsonObject> examples = lights.getJsonArray("examples").getValuesAs(JsonObject.class);
    assertThat(examples).hasSize(3);
    for (JsonObject example : examples) {
      assertThat(example.getString("questionCode")).isEqualTo("Q1");
      assertThat(example.getString("text")).contains("street lighting");
    }

    // an answer coded is no longer looked at
    JsonObject theme =
        api()
            .postJson(
                "api/v1/consultations/" + id(c) + "/themes",
                ANALYST,
                "{\"code\":\"LIGHTS\",\"labelEn\":\"Street lighting\"}")
            .json();
    long coded = examples.get(0).getJsonNumber("answerId").longValue();
    code(c, coded, ANALYST, new long[] {id(theme)}, null);
    JsonObject again = api().get(discovery + "?topics=4", ANALYST).json();
    assertThat(again.getInt("uncoded")).isEqualTo(texts.size() - 1);
    assertThat(again.isNull("questionId")).isTrue();
    JsonObject lightsAgain =
        topicWith(again.getJsonArray("topics").getValuesAs(JsonObject.class), "lighting");
    assertThat(lightsAgain.getInt("size")).isEqualTo(14);
    assertThat(lightsAgain.getJsonArray("examples").getValuesAs(JsonObject.class))
        .extracting(e -> e.getJsonNumber("answerId").longValue())
        .doesNotContain(coded);

    // none of these answers is in Welsh: nothing to look at, and said so
    JsonObject welsh = api().get(discovery + "?welsh=true", ANALYST).json();
    assertThat(welsh.getInt("uncoded")).isZero();
    assertThat(welsh.getJsonArray("topics")).isEmpty();
    assertThat(api().get(discovery + "?welsh=false", ANALYST).json().getInt("uncoded"))
        .isEqualTo(texts.size() - 1);
  }

  private static JsonObject topicWith(List<JsonObject> topics, String term) {
    return topics.stream()
        .filter(
            t ->
                t.getJsonArray("terms").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(s -> s.getString().equals(term)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no topic with " + term + " in " + topics));
  }

  /**
   * A file whose compressed form is larger than MariaDB's default packet (16 MB) is kept in parts:
   * stored whole, one statement would be refused by the server and the upload would fail.
   */
  @Test
  void aFileLargerThanTheDatabasesPacketIsKeptInPartsAndImported() {
    JsonObject c =
        create(
            "Large file " + UUID.randomUUID(),
            "[{\"code\":\"Q1\",\"textEn\":\"Why?\",\"kind\":\"FREE_TEXT\"}]");
    java.util.Random random = new java.util.Random(2026);
    String letters = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    StringBuilder csv = new StringBuilder("Response ID,Why?\n");
    int rows = 12_000;
    char[] text = new char[2_000];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < text.length; i++) {
        text[i] = i % 9 == 8 ? ' ' : letters.charAt(random.nextInt(letters.length()));
      }
      csv.append("L-").append(r).append(',').append(text).append('\n');
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(file.length).isGreaterThan(24_000_000);

    JsonObject uploaded = upload(id(c), "large.csv", file, 201);
    assertThat(uploaded.getInt("rowCount")).isEqualTo(rows);
    Api.Reply started = start(id(c), proposal(id(c), id(uploaded)));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonObject done = awaitEnd(id(c), id(uploaded));
    assertThat(done.getString("state")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getInt("responsesAdded")).isEqualTo(rows);
  }

  @Test
  void aFileOfOneRowPerRespondentIsMappedImportedInTheBackgroundAndCounted() {
    JsonObject c = create("Import " + UUID.randomUUID(), THREE_QUESTIONS);
    JsonObject uploaded =
        upload(id(c), "responses.csv", WIDE_CSV.getBytes(StandardCharsets.UTF_8), 201);
    assertThat(uploaded.getString("state")).isEqualTo("UPLOADED");
    assertThat(uploaded.getInt("rowCount")).isEqualTo(4);

    JsonObject proposal = proposal(id(c), id(uploaded));
    List<JsonObject> columns = proposal.getJsonArray("columns").getValuesAs(JsonObject.class);
    assertThat(columns)
        .extracting(col -> col.getString("target"))
        .containsExactly(
            "REFERENCE",
            "CATEGORY",
            "ORGANISATION",
            "QUESTION",
            "QUESTION",
            "QUESTION",
            "SUBMITTED_ON");
    assertThat(columns.get(4).getJsonNumber("questionId").longValue())
        .isEqualTo(id(question(c, "Q2")));
    assertThat(columns.get(1).getJsonArray("samples").getString(0))
        .isEqualTo("Member of the public");

    Api.Reply started = start(id(c), proposal);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonObject done = awaitEnd(id(c), id(uploaded));
    assertThat(done.getString("state")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getInt("responsesAdded")).isEqualTo(4);
    assertThat(done.getInt("percent")).isEqualTo(100);

    JsonObject tallies = api().get("api/v1/consultations/" + id(c) + "/tallies", ANALYST).json();
    assertThat(tallies.getInt("responses")).isEqualTo(4);
    JsonObject scale = tallies.getJsonArray("questions").getJsonObject(0);
    assertThat(scale.getInt("answered")).isEqualTo(4);
    assertThat(scale.getJsonArray("options").getJsonObject(0).getInt("count")).isEqualTo(1);
    assertThat(
            scale.getJsonArray("options").getJsonObject(0).getJsonNumber("percent").doubleValue())
        .isEqualTo(25.0);
    // by category: the two CSP respondents (by label and by code) answered agree and disagree
    JsonArray categories = tallies.getJsonArray("categories");
    int csp = -1;
    for (int i = 0; i < categories.size(); i++) {
      if ("CSP".equals(categories.getJsonObject(i).getString("code", null))) {
        csp = i;
      }
    }
    assertThat(categories.getJsonObject(csp).getInt("responses")).isEqualTo(2);
    assertThat(
            scale.getJsonArray("options").getJsonObject(1).getJsonArray("byCategory").getInt(csp))
        .isEqualTo(1);
    // a respondent with no category is counted in a column of their own
    assertThat(categories.getJsonObject(categories.size() - 1).get("categoryId"))
        .isEqualTo(JsonValue.NULL);

    // every response exported: a formula in an answer is written as text, never run
    Api.Reply csv = api().get("api/v1/consultations/" + id(c) + "/responses?format=csv", ANALYST);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .contains("R-2")
        .contains("Dispersal order; Closure order")
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK");
    Api.Reply xlsx = api().get("api/v1/consultations/" + id(c) + "/responses?format=xlsx", ANALYST);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.header("Content-Type")).contains("spreadsheetml");
    assertThat(
            api().get("api/v1/consultations/" + id(c) + "/responses?format=pdf", ANALYST).status())
        .isEqualTo(400);
    assertThat(
            api().get("api/v1/consultations/" + id(c) + "/responses?format=csv", Api.PCC).status())
        .isEqualTo(404);

    // the same file again adds nothing and says why
    Api.Reply again =
        api()
            .postBytes(
                "api/v1/consultations/" + id(c) + "/imports?fileName=again.csv",
                ANALYST,
                WIDE_CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("message")).contains("responses.csv");

    // a later file with new rows: its mapping is remembered; respondents already held are not added
    // twice
    String later = WIDE_CSV + "R-5,Business,Acme Ltd,Agree,,Fine.,\n";
    JsonObject second = upload(id(c), "later.csv", later.getBytes(StandardCharsets.UTF_8), 201);
    JsonObject secondProposal = proposal(id(c), id(second));
    assertThat(secondProposal.getJsonArray("columns").getValuesAs(JsonObject.class))
        .allMatch(col -> col.getBoolean("remembered"));
    assertThat(start(id(c), secondProposal).status()).isEqualTo(202);
    JsonObject secondDone = awaitEnd(id(c), id(second));
    assertThat(secondDone.getString("state")).isEqualTo("COMPLETED");
    assertThat(secondDone.getInt("responsesAdded")).isEqualTo(1);
    assertThat(secondDone.getInt("responsesKnown")).isEqualTo(4);
    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/tallies", ANALYST)
                .json()
                .getInt("responses"))
        .isEqualTo(5);

    // a started import cannot be started again
    assertThat(start(id(c), secondProposal).status()).isEqualTo(409);
    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/imports", ANALYST)
                .jsonValue()
                .asJsonArray())
        .hasSize(2);
  }

  @Test
  void aFileWithBadCellsIsRefusedWholeWithEachProblemAndStoresNothing() {
    JsonObject c = create("Refused " + UUID.randomUUID(), THREE_QUESTIONS);
    String bad =
        "Response ID,Respondent type,Q1,Why?\n"
            + "B-1,Member of the public,Agree,Fine\n"
            + "B-2,Alien,Agree,Fine\n"
            + "B-3,CSP,Perhaps,Fine\n";
    JsonObject uploaded = upload(id(c), "bad.csv", bad.getBytes(StandardCharsets.UTF_8), 201);
    assertThat(start(id(c), proposal(id(c), id(uploaded))).status()).isEqualTo(202);
    JsonObject done = awaitEnd(id(c), id(uploaded));
    assertThat(done.getString("state")).isEqualTo("REJECTED");
    List<JsonObject> problems = done.getJsonArray("problems").getValuesAs(JsonObject.class);
    assertThat(problems)
        .extracting(p -> p.getInt("row") + p.getString("column"))
        .containsExactly("3B", "4C");
    assertThat(problems.get(1).getString("message")).contains("Perhaps").contains("Q1");
    // in Welsh too
    JsonObject welsh =
        api()
            .get("api/v1/consultations/" + id(c) + "/imports/" + id(uploaded), ANALYST, "cy")
            .json();
    assertThat(welsh.getJsonArray("problems").getJsonObject(1).getString("message"))
        .contains("dewisiadau");
    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/tallies", ANALYST)
                .json()
                .getInt("responses"))
        .isZero();

    // a file that is not UTF-8, a ragged row, a file of another kind, an empty file: refused at
    // upload
    byte[] latin1 =
        "Response ID,Why?\nL-1,Caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    JsonObject encoding = upload(id(c), "latin.csv", latin1, 422);
    assertThat(encoding.getJsonArray("problems").getJsonObject(0).getString("message"))
        .contains("UTF-8");
    JsonObject ragged =
        upload(
            id(c),
            "ragged.csv",
            "Response ID,Why?\nR-1,a,b\n".getBytes(StandardCharsets.UTF_8),
            422);
    assertThat(ragged.getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(2);
    upload(id(c), "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), 422);
    upload(id(c), "fake.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), 422);
    upload(id(c), "empty.csv", new byte[0], 422);
    upload(id(c), "headings.csv", "Response ID,Why?\n".getBytes(StandardCharsets.UTF_8), 422);

    // a mapping that cannot work is refused and the import waits for a better one
    JsonObject good =
        upload(
            id(c), "good.csv", "Response ID,Why?\nG-1,Yes\n".getBytes(StandardCharsets.UTF_8), 201);
    JsonObject proposal = proposal(id(c), id(good));
    assertThat(start(id(c), proposal, "Why?", "IGNORE").status()).isEqualTo(422);
    JsonObject staleFile =
        Json.createObjectBuilder(proposal)
            .add(
                "file", Json.createObjectBuilder(proposal.getJsonObject("file")).add("version", 99))
            .build();
    assertThat(start(id(c), staleFile).status()).isEqualTo(409);
    assertThat(
            api()
                .postJson(
                    "api/v1/consultations/" + id(c) + "/imports/" + id(good) + "/cancel",
                    ANALYST,
                    "{}")
                .status())
        .isEqualTo(200);
    assertThat(start(id(c), proposal).status()).isEqualTo(409);
  }

  @Test
  void spreadsheetsInXlsxAndOdsImportAlikeAndAFormulaIsKeptAsText() {
    JsonObject c = create("Sheets " + UUID.randomUUID(), THREE_QUESTIONS);
    List<String> headings = List.of("Response ID", "Q1", "Why?");
    for (TableFormat format : List.of(TableFormat.XLSX, TableFormat.ODS)) {
      String prefix = format.extension().toUpperCase();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TableWriter.write(
          format,
          "Responses",
          headings,
          TableWriter.all(
              List.of(
                  List.of(prefix + "-1", "Agree", "=HYPERLINK(\"http://evil.example\",\"x\")"),
                  List.of(
                      prefix + "-2",
                      "Strongly disagree",
                      "Ni ddylai’r cynlluniau fod yn gyfrinachol."))),
          out);
      JsonObject uploaded =
          upload(id(c), "responses." + format.extension(), out.toByteArray(), 201);
      assertThat(uploaded.getInt("rowCount")).isEqualTo(2);
      assertThat(start(id(c), proposal(id(c), id(uploaded))).status()).isEqualTo(202);
      JsonObject done = awaitEnd(id(c), id(uploaded));
      assertThat(done.getString("state")).as(done.toString()).isEqualTo("COMPLETED");
      assertThat(done.getInt("responsesAdded")).isEqualTo(2);
    }
    JsonObject tallies = api().get("api/v1/consultations/" + id(c) + "/tallies", ANALYST).json();
    assertThat(tallies.getInt("responses")).isEqualTo(4);
  }

  /** The real NHS Friends and Family Test file: one row per answer, 4,466 respondents. */
  @Test
  void theV6FrameworkFileImportsAsOneResponsePerRespondent() throws Exception {
    Api.Reply created = api().postJson("api/v1/consultations", ANALYST, V6Framework.consultation());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject c = created.json();
    // nothing coded yet: nothing to learn from
    Api.Reply tooSoon =
        api().postJson("api/v1/consultations/" + id(c) + "/suggestions/runs", ANALYST, "");
    assertThat(tooSoon.status()).as(tooSoon.body()).isEqualTo(422);
    assertThat(tooSoon.body()).contains("20");
    assertThat(
            api()
                .get("api/v1/consultations/" + id(c) + "/suggestions/runs/latest", ANALYST)
                .status())
        .isEqualTo(404);
    // the file's coding of its first 4,000 rows comes in as human coding; the rest is left to
    // suggest
    JsonObject uploaded = upload(id(c), V6Framework.FILE_NAME, V6Framework.partlyCoded(4000), 201);
    assertThat(uploaded.getInt("rowCount")).isEqualTo(7908);
    JsonObject proposal = proposal(id(c), id(uploaded));
    // the 50 theme columns (marks 1 or blank) are taken for themes
    assertThat(
            proposal.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .filter(col -> col.getString("target").equals("THEME"))
                .map(col -> col.getString("heading")))
        .contains("Not assigned", "Positive experience & gratitude", "Parking")
        .hasSizeGreaterThanOrEqualTo(50);
    // its dates mix day-first and month-first: the column is left out
    assertThat(
            start(
                    id(c),
                    proposal,
                    "Trust",
                    "CATEGORY",
                    "Date",
                    "IGNORE",
                    "Person identifiable info?",
                    "IGNORE",
                    "Comment sentiment",
                    "IGNORE")
                .status())
        .isEqualTo(202);
    JsonObject done = awaitEnd(id(c), id(uploaded));
    assertThat(done.getString("state")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getInt("responsesAdded")).isEqualTo(V6Framework.RESPONDENTS);
    JsonArray themes =
        (JsonArray) api().get("api/v1/consultations/" + id(c) + "/themes", ANALYST).jsonValue();
    assertThat(themes).hasSize(50);

    // suggestions trained on that coding, measured on the coded answers held back
    Api.Reply training =
        api().postJson("api/v1/consultations/" + id(c) + "/suggestions/runs", ANALYST, "");
    assertThat(training.status()).as(training.body()).isEqualTo(202);
    assertThat(
            api()
                .postJson("api/v1/consultations/" + id(c) + "/suggestions/runs", ANALYST, "")
                .status())
        .isEqualTo(409);
    JsonObject run = awaitRun(id(c));
    assertThat(run.getString("state")).as(run.toString()).isEqualTo("DONE");
    assertThat(run.getInt("heldBackAnswers")).isGreaterThan(500);
    assertThat(run.getJsonNumber("microF1").doubleValue())
        .isGreaterThan(run.getJsonNumber("baselineMicroF1").doubleValue() + 0.2);
    assertThat(run.getJsonArray("themes")).isNotEmpty();
    JsonObject open =
        api().get("api/v1/consultations/" + id(c) + "/suggestions?size=5", ANALYST).json();
    assertThat(open.getJsonNumber("total").longValue()).isGreaterThan(1000);
    JsonObject first = open.getJsonArray("items").getJsonObject(0);
    JsonObject second = open.getJsonArray("items").getJsonObject(1);
    String decide = "api/v1/consultations/" + id(c) + "/suggestions/";
    assertThat(
            api()
                .postJson(
                    decide + id(first) + "/accept?version=" + first.getInt("version"), ANALYST, "")
                .status())
        .isEqualTo(204);
    JsonObject coding =
        api()
            .get(
                "api/v1/consultations/"
                    + id(c)
                    + "/answers/"
                    + first.getJsonNumber("answerId")
                    + "/coding",
                ANALYST)
            .json();
    assertThat(coding.toString()).contains("\"" + first.getString("themeCode") + "\"");
    assertThat(
            api()
                .postJson(
                    decide + id(first) + "/reject?version=" + first.getInt("version"), ANALYST, "")
                .status())
        .isEqualTo(409);
    assertThat(api().postJson(decide + id(second) + "/reject?version=99", ANALYST, "").status())
        .isEqualTo(409);
    assertThat(
            api()
                .postJson(
                    decide + id(second) + "/reject?version=" + second.getInt("version"),
                    ANALYST,
                    "")
                .status())
        .isEqualTo(204);
    assertThat(api().postJson(decide + "999999999/accept?version=1", ANALYST, "").status())
        .isEqualTo(404);
    JsonObject tallies = api().get("api/v1/consultations/" + id(c) + "/tallies", ANALYST).json();
    assertThat(tallies.getInt("responses")).isEqualTo(4466);
    assertThat(tallies.getJsonArray("categories").getJsonObject(0).getInt("responses"))
        .isGreaterThan(0);
  }
}
