package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ASB case reviews over the API on Payara Micro: an application recorded by a coordinator, its
 * complaints judged under the rule in force on the day it was received, the threshold decision, the
 * audit of every read of personal data and the chain's integrity, scoping (another CSP's
 * coordinator, partners and analysts cannot read or find a case), bad input that changes nothing,
 * stale decisions, and the public statutory figures. The application's clock is fixed so that the
 * dates of complaints are known; each test makes its own cases, so the class also runs against a
 * shared database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseReviewIT {

  private static final String CAMBRIDGE = "E22000013";
  private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

  /** A coordinator of Cardiff of the test's own (the demo one is locked by the browser tests). */
  private static final String WELSH_COORDINATOR = "caerdydd:caerdydd-test-2026";

  private static final String DPO = "dpo:dpo-demo-2026";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  @BeforeEach
  void fixTheDate() {
    api().postJson("api/v1/test/clock?date=" + TODAY, Api.ADMIN, "{}");
    Api.Reply created =
        api()
            .postJson(
                "api/v1/test/accounts/caerdydd",
                Api.ADMIN,
                "{\"password\":\"caerdydd-test-2026\",\"role\":\"CSP_COORDINATOR\","
                    + "\"orgType\":\"PARTNERSHIP\",\"area\":\"W14000015\",\"language\":\"cy\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
  }

  @AfterEach
  void releaseTheClock() {
    api().postJson("api/v1/test/clock?date=", Api.ADMIN, "{}");
  }

  private Api api() {
    return new Api(base);
  }

  // ---- the path from application to decision ----------------------------------------------------

  @Test
  void anApplicationMeetsTheThresholdOnItsThirdQualifyingComplaint() {
    JsonObject created = record(application("PHONE", "2026-08-28", "Ann Victim"));
    String ref = created.getString("reference");
    assertThat(ref).startsWith("CR2026-");
    assertThat(created.getString("state")).isEqualTo("RECEIVED");
    assertThat(created.getString("victimName")).isEqualTo("Ann Victim");
    JsonObject threshold = created.getJsonObject("threshold");
    assertThat(threshold.getBoolean("nationalRule")).isTrue();
    // six months beginning with 28 February end on 27 August: 1 March is the first day that counts
    assertThat(threshold.getString("windowStart")).isEqualTo("2026-03-01");
    assertThat(threshold.getInt("shortBy")).isEqualTo(3);

    // the application is passed on to the police, the council and health for information
    // (s104(3)(b)), without the victim's contact details
    JsonObject shared =
        ok(api().get("api/v1/work-items?queue=ASB_SPOC&size=200", Api.PARTNER))
            .getJsonArray("items")
            .stream()
            .map(JsonObject.class::cast)
            .filter(item -> item.getString("title").contains(ref))
            .findFirst()
            .orElseThrow();
    assertThat(shared.getString("itemType")).isEqualTo("CASE_APPLICATION_SHARED");
    JsonObject sharedItem =
        ok(api().get("api/v1/work-items/" + shared.getJsonNumber("id"), Api.PARTNER));
    assertThat(sharedItem.getString("details"))
        .contains(ref)
        .contains("Noise and threats")
        .doesNotContain("victim@example.invalid")
        .doesNotContain("1 Mill Road")
        .doesNotContain("Ann Victim");

    complaint(ref, "2026-05-01", "2026-05-02", "POLICE");
    // reported seven weeks after the incident: too late
    JsonObject late = complaint(ref, "2026-06-01", "2026-07-20", "COUNCIL");
    // the same incident reported to the council as well as the police counts once
    complaint(ref, "2026-07-10", "2026-07-10", "POLICE");
    JsonObject twice = complaint(ref, "2026-07-10", "2026-07-11", "COUNCIL");
    assertThat(twice.getBoolean("met")).isFalse();
    assertThat(twice.getInt("qualifying")).isEqualTo(2);
    assertThat(outcomeOf(late, "2026-07-20")).isEqualTo("REPORTED_TOO_LATE");
    assertThat(outcomeOf(twice, "2026-07-11")).isEqualTo("SAME_INCIDENT");

    JsonObject third = complaint(ref, "2026-08-20", "2026-08-21", "SOCIAL_LANDLORD");
    assertThat(third.getBoolean("met")).isTrue();
    assertThat(third.getString("route")).isEqualTo("COUNT");
    assertThat(third.getInt("qualifying")).isEqualTo(3);

    JsonObject acknowledged =
        ok(api().postJson(path(ref) + "/acknowledge", Api.COORDINATOR, version(ref)));
    assertThat(acknowledged.getString("state")).isEqualTo("ACKNOWLEDGED");
    JsonObject decided =
        ok(
            api()
                .postJson(
                    path(ref) + "/threshold-decision",
                    Api.COORDINATOR,
                    "{\"version\":" + acknowledged.getInt("version") + "}"));
    assertThat(decided.getString("state")).isEqualTo("THRESHOLD_MET");
    assertThat(decided.getString("thresholdRoute")).isEqualTo("COUNT");
    assertThat(decided.getInt("thresholdQualifying")).isEqualTo(3);
    assertThat(decided.getString("thresholdDecidedOn")).isEqualTo(TODAY.toString());

    // decided: no more complaints, and no second decision
    Api.Reply more =
        api()
            .postJson(
                path(ref) + "/complaints",
                Api.COORDINATOR,
                complaintJson("2026-08-25", "2026-08-25", "POLICE"));
    assertThat(more.status()).as(more.body()).isEqualTo(422);
    assertThat(more.json().getString("message")).contains("decided");
  }

  @Test
  void notMetIsRecordedWithTheCountAndDiscretionNeedsASeniorOfficerAndAReason() {
    String notMet =
        record(application("LETTER", "2026-08-30", "Ben Victim")).getString("reference");
    complaint(notMet, "2026-08-01", "2026-08-01", "POLICE");
    JsonObject decided =
        ok(api().postJson(path(notMet) + "/threshold-decision", Api.COORDINATOR, version(notMet)));
    assertThat(decided.getString("state")).isEqualTo("THRESHOLD_NOT_MET");
    assertThat(decided.getString("thresholdOutcome")).isEqualTo("NOT_MET");
    assertThat(decided.getInt("thresholdQualifying")).isEqualTo(1);

    String vulnerable =
        record(application("IN_PERSON", "2026-08-30", "Cara Victim")).getString("reference");
    complaint(vulnerable, "2026-08-01", "2026-08-01", "POLICE");
    Api.Reply unexplained =
        api()
            .postJson(
                path(vulnerable) + "/threshold-decision",
                Api.COORDINATOR,
                "{\"version\":0,\"discretionary\":true}");
    assertThat(unexplained.status()).as(unexplained.body()).isEqualTo(400);
    assertThat(unexplained.body()).contains("senior officer");
    assertThat(get(vulnerable, Api.COORDINATOR).getString("state")).isEqualTo("RECEIVED");

    JsonObject discretion =
        ok(
            api()
                .postJson(
                    path(vulnerable) + "/threshold-decision",
                    Api.COORDINATOR,
                    "{\"version\":"
                        + get(vulnerable, Api.COORDINATOR).getInt("version")
                        + ",\"discretionary\":true,\"decidedBy\":\"Head of Community Safety\","
                        + "\"reason\":\"Victim is disabled and isolated; harm is escalating.\"}"));
    assertThat(discretion.getString("thresholdRoute")).isEqualTo("DISCRETION");
    assertThat(discretion.getString("discretionBy")).isEqualTo("Head of Community Safety");
  }

  @Test
  void aStaleDecisionIsRefusedAndChangesNothing() {
    String ref = record(application("EMAIL", "2026-08-30", "Dev Victim")).getString("reference");
    String seen = version(ref);
    ok(api().postJson(path(ref) + "/acknowledge", Api.COORDINATOR, seen));
    Api.Reply stale = api().postJson(path(ref) + "/threshold-decision", Api.COORDINATOR, seen);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().getString("message")).contains("changed");
    assertThat(get(ref, Api.COORDINATOR).getString("state")).isEqualTo("ACKNOWLEDGED");
    Api.Reply again = api().postJson(path(ref) + "/acknowledge", Api.COORDINATOR, version(ref));
    assertThat(again.status()).isEqualTo(422);
  }

  @Test
  void theReviewSendsInformationRequestsAndRecommendationsToTheBodiesAndClosesOnceTheyAnswer() {
    api()
        .postJson(
            "api/v1/test/accounts/cambridgecouncil",
            Api.ADMIN,
            "{\"password\":\"cambridgecouncil-test-2026\",\"role\":\"PARTNER_OFFICER\","
                + "\"orgType\":\"COUNCIL\",\"area\":\"E07000008\"}");
    String council = "cambridgecouncil:cambridgecouncil-test-2026";
    String figures =
        "api/v1/statistics/case-reviews?csp=" + CAMBRIDGE + "&from=2026-09-01&to=2026-09-30";
    JsonObject before = ok(api().get(figures, null)).getJsonArray("csps").getJsonObject(0);

    String ref = record(application("PHONE", "2026-08-28", "Pat Victim")).getString("reference");
    complaint(ref, "2026-06-01", "2026-06-01", "POLICE");
    complaint(ref, "2026-07-01", "2026-07-01", "COUNCIL");
    complaint(ref, "2026-08-01", "2026-08-01", "POLICE");
    ok(api().postJson(path(ref) + "/threshold-decision", Api.COORDINATOR, version(ref)));

    Api.Reply early =
        api()
            .postJson(
                path(ref) + "/recommendations",
                Api.COORDINATOR,
                recommendation(ref, "POLICE", "Patrols", "2026-10-01"));
    assertThat(early.status()).as(early.body()).isEqualTo(422);

    JsonObject scheduled =
        ok(
            api()
                .postJson(
                    path(ref) + "/review-plan",
                    Api.COORDINATOR,
                    "{\"version\":"
                        + get(ref, Api.COORDINATOR).getInt("version")
                        + ",\"meetingOn\":\"2026-09-15\",\"bodies\":[\"POLICE\",\"COUNCIL\"],"
                        + "\"independentChair\":\"A. Chair\",\"victimInvolvement\":\"ATTEND\","
                        + "\"requestInformation\":true,\"informationNeeded\":\"Incident logs\"}"));
    assertThat(scheduled.getString("state")).isEqualTo("REVIEW_SCHEDULED");
    assertThat(scheduled.getJsonArray("informationRequests")).hasSize(2);
    long policeRequest =
        scheduled.getJsonArray("informationRequests").stream()
            .map(JsonObject.class::cast)
            .filter(line -> line.getString("targetBody").equals("POLICE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("workItemId")
            .longValue();
    JsonObject policeInbox =
        ok(api().get("api/v1/work-items?queue=ASB_SPOC&size=200", Api.PARTNER));
    assertThat(policeInbox.getJsonArray("items").stream().map(JsonObject.class::cast))
        .anyMatch(item -> item.getJsonNumber("id").longValue() == policeRequest);

    Api.Reply tomorrow = review(ref, "2026-09-02", "x");
    assertThat(tomorrow.status()).isEqualTo(422);
    // a review is not held before the application came in, nor before its meeting was arranged
    Api.Reply beforeApplication = review(ref, "2026-08-27", "x");
    assertThat(beforeApplication.status()).isEqualTo(422);
    assertThat(beforeApplication.json().getString("message"))
        .contains("before the application was received");
    Api.Reply beforeArranged = review(ref, "2026-08-31", "x");
    assertThat(beforeArranged.status()).isEqualTo(422);
    assertThat(beforeArranged.json().getString("message"))
        .contains("before its meeting was arranged");
    assertThat(get(ref, Api.COORDINATOR).getString("state")).isEqualTo("REVIEW_SCHEDULED");
    JsonObject held = ok(review(ref, "2026-09-01", "The response was too slow."));
    assertThat(held.getString("state")).isEqualTo("REVIEW_HELD");

    Api.Reply police =
        api()
            .postJson(
                path(ref) + "/recommendations",
                Api.COORDINATOR,
                recommendation(ref, "POLICE", "Patrol the street on Friday nights", "2026-10-01"));
    assertThat(police.status()).as(police.body()).isEqualTo(201);
    JsonObject withTwo =
        api()
            .postJson(
                path(ref) + "/recommendations",
                Api.COORDINATOR,
                recommendation(ref, "COUNCIL", "Serve a noise abatement notice", "2026-10-15"))
            .json();
    assertThat(withTwo.getString("state")).isEqualTo("MONITORING");
    assertThat(withTwo.getJsonArray("recommendations")).hasSize(2);
    long policeItem = recommendationItem(withTwo, "POLICE");
    long councilItem = recommendationItem(withTwo, "COUNCIL");
    JsonObject policeDetail = ok(api().get("api/v1/work-items/" + policeItem, Api.PARTNER));
    assertThat(policeDetail.getString("queue")).isEqualTo("ASB_SPOC");
    assertThat(policeDetail.getString("dueOn")).isEqualTo("2026-10-01");
    JsonObject councilDetail = ok(api().get("api/v1/work-items/" + councilItem, council));
    assertThat(councilDetail.getString("queue")).isEqualTo("ASB_TEAM");

    Api.Reply tooSoon =
        api()
            .postJson(
                path(ref) + "/close",
                Api.COORDINATOR,
                "{\"version\":"
                    + get(ref, Api.COORDINATOR).getInt("version")
                    + ",\"reason\":\"x\"}");
    assertThat(tooSoon.status()).isEqualTo(422);
    assertThat(tooSoon.json().getString("message")).contains("2 recommendations");

    act(policeItem, "claim", Api.PARTNER, "{}");
    Api.Reply acceptWithoutAction =
        api().postJson("api/v1/work-items/" + policeItem + "/actions/accept", Api.PARTNER, "{}");
    assertThat(acceptWithoutAction.status()).isIn(400, 422);
    act(policeItem, "accept", Api.PARTNER, "{\"reason\":\"Friday patrols from 4 September\"}");
    act(councilItem, "decline", council, "{\"reason\":\"The landlord is already acting\"}");

    JsonObject answered = get(ref, Api.COORDINATOR);
    assertThat(answered.getJsonArray("recommendations").stream().map(JsonObject.class::cast))
        .anySatisfy(
            line -> {
              assertThat(line.getString("response")).isEqualTo("ACCEPTED");
              assertThat(line.getString("responseText")).contains("Friday patrols");
              assertThat(line.getString("itemState")).isEqualTo("ACCEPTED");
            })
        .anySatisfy(line -> assertThat(line.getString("response")).isEqualTo("DECLINED"));

    JsonObject closed =
        ok(
            api()
                .postJson(
                    path(ref) + "/close",
                    Api.COORDINATOR,
                    "{\"version\":"
                        + answered.getInt("version")
                        + ",\"reason\":\"The police patrol on Fridays; the landlord is acting.\"}"));
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getString("closedOn")).isEqualTo(TODAY.toString());
    assertThat(closed.getJsonArray("letters").stream().map(l -> l.asJsonObject().getString("kind")))
        .containsExactly("THRESHOLD_DECISION", "OUTCOME");
    String outcome =
        pdfText(
            ref,
            closed.getJsonArray("letters").getJsonObject(1).getJsonNumber("id").longValue(),
            Api.COORDINATOR);
    assertThat(outcome)
        .contains("Dear Pat Victim")
        .contains(ref)
        .contains("Patrol the street on Friday nights")
        .contains("Friday patrols from 4 September")
        .contains("The landlord is already acting")
        .contains("The police patrol on Fridays");

    JsonObject after = ok(api().get(figures, null)).getJsonArray("csps").getJsonObject(0);
    assertThat(after.getInt("reviews")).isEqualTo(before.getInt("reviews") + 1);
    assertThat(after.getInt("reviewsWithRecommendations"))
        .isEqualTo(before.getInt("reviewsWithRecommendations") + 1);

    // six years after closing, retention takes what the bodies were told and answered
    api().postJson("api/v1/test/clock?date=" + TODAY.plusYears(6), Api.ADMIN, "{}");
    api().postJson("api/v1/test/retention", Api.ADMIN, "{}");
    JsonObject redacted = ok(api().get("api/v1/work-items/" + policeItem, Api.PARTNER));
    assertThat(absent(redacted, "details")).isTrue();
    assertThat(redacted.getJsonArray("history").stream().map(JsonObject.class::cast))
        .isNotEmpty()
        .allMatch(line -> absent(line, "note"));
    assertThat(redacted.getString("title")).contains(ref);
    api().postJson("api/v1/test/clock?date=" + TODAY, Api.ADMIN, "{}");

    Api.Reply byHand =
        api()
            .postJson(
                "api/v1/work-items",
                Api.COORDINATOR,
                "{\"type\":\"CASE_RECOMMENDATION\",\"csp\":\"E22000013\",\"title\":\"x\","
                    + "\"targetBody\":\"POLICE\"}");
    assertThat(byHand.status()).isEqualTo(422);
  }

  @Test
  void lettersAreWrittenInTheApplicantsLanguageKeptWithTheCaseAndQueuedByEmail() {
    long messages = rows("case_message");
    String welsh =
        application("EMAIL", "2026-08-30", "Gwen Dioddefwr")
            .replace("\"language\":\"en\"", "\"language\":\"cy\"")
            .replace("\"contactMethod\":\"POST\"", "\"contactMethod\":\"EMAIL\"")
            .replace("Large print letters", "Print bras os gwelwch yn dda");
    String ref = record(welsh).getString("reference");
    complaint(ref, "2026-08-01", "2026-08-01", "POLICE");
    ok(api().postJson(path(ref) + "/acknowledge", Api.COORDINATOR, version(ref)));
    JsonObject decided =
        ok(api().postJson(path(ref) + "/threshold-decision", Api.COORDINATOR, version(ref)));
    assertThat(decided.getJsonArray("letters")).hasSize(2);
    JsonObject decision = decided.getJsonArray("letters").getJsonObject(1);
    assertThat(decision.getString("kind")).isEqualTo("THRESHOLD_DECISION");
    assertThat(decision.getString("language")).isEqualTo("cy");
    String text = pdfText(ref, decision.getJsonNumber("id").longValue(), Api.COORDINATOR);
    assertThat(text)
        .contains("Annwyl Gwen Dioddefwr")
        .contains("30 Awst 2026")
        .contains("nad yw’r trothwy ar gyfer adolygiad achos wedi’i gyrraedd")
        .contains("Ein cyfeirnod: " + ref)
        // each complaint, and whether it counted, in the applicant's language
        .contains("Pob cwyn, ac a oedd yn cyfrif")
        .contains(
            "1. Ymddygiad ar 1 Awst 2026, wedi’i adrodd i’r heddlu ar 1 Awst 2026: mae’n cyfrif.");
    // the applicant chose e-mail: both letters are queued to be sent
    assertThat(rows("case_message")).isEqualTo(messages + 2);
    // another CSP's coordinator cannot fetch the letter
    assertThat(
            api()
                .get(path(ref) + "/letters/" + decision.getJsonNumber("id"), WELSH_COORDINATOR)
                .status())
        .isEqualTo(404);
    assertThat(api().get(path(ref) + "/letters/999999", Api.COORDINATOR).status()).isEqualTo(404);
  }

  @Test
  void anAdministratorEditsALetterTemplateAndUnknownPlaceholdersAreRefused() {
    Api.Reply list = api().get("api/v1/letter-templates", Api.ADMIN);
    assertThat(list.status()).isEqualTo(200);
    // four kinds (acknowledgement, threshold decision, outcome, escalation outcome), in two
    // languages
    assertThat(list.jsonValue().asJsonArray()).hasSize(8);
    JsonObject template =
        list.jsonValue().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(
                t ->
                    t.getString("kind").equals("ACKNOWLEDGEMENT")
                        && t.getString("language").equals("en"))
            .findFirst()
            .orElseThrow();
    int version = template.getInt("version");
    String subject = template.getString("subject");
    String body = template.getString("body");
    Api.Reply typo =
        api()
            .putJson(
                "api/v1/letter-templates/acknowledgement/en",
                Api.ADMIN,
                Json.createObjectBuilder()
                    .add("version", version)
                    .add("subject", subject)
                    .add("body", body + " {{refrence}}")
                    .build()
                    .toString());
    assertThat(typo.status()).isEqualTo(422);
    assertThat(typo.json().getString("message")).contains("refrence");
    assertThat(
            api()
                .putJson(
                    "api/v1/letter-templates/acknowledgement/en",
                    Api.COORDINATOR,
                    "{\"version\":" + version + ",\"subject\":\"x\",\"body\":\"y\"}")
                .status())
        .isEqualTo(403);
    JsonObject edited =
        api()
            .putJson(
                "api/v1/letter-templates/acknowledgement/en",
                Api.ADMIN,
                Json.createObjectBuilder()
                    .add("version", version)
                    .add("subject", subject)
                    .add("body", body + "\n\nWe have a new office address.")
                    .build()
                    .toString())
            .json();
    assertThat(edited.getString("body")).endsWith("We have a new office address.");
    Api.Reply stale =
        api()
            .putJson(
                "api/v1/letter-templates/acknowledgement/en",
                Api.ADMIN,
                Json.createObjectBuilder()
                    .add("version", version)
                    .add("subject", subject)
                    .add("body", body)
                    .build()
                    .toString());
    assertThat(stale.status()).isEqualTo(409);
    // put it back for the other tests
    assertThat(
            api()
                .putJson(
                    "api/v1/letter-templates/acknowledgement/en",
                    Api.ADMIN,
                    Json.createObjectBuilder()
                        .add("version", edited.getInt("version"))
                        .add("subject", subject)
                        .add("body", body)
                        .build()
                        .toString())
                .status())
        .isEqualTo(200);
  }

  @Test
  void closedCasesAreAnonymisedOnceTheirCspsRetentionHasPassedAndTheFiguresStay() {
    String eastLindsey = "E22000174";
    api()
        .postJson(
            "api/v1/test/accounts/eastlindsey",
            Api.ADMIN,
            "{\"password\":\"eastlindsey-test-2026\",\"role\":\"CSP_COORDINATOR\","
                + "\"orgType\":\"PARTNERSHIP\",\"area\":\""
                + eastLindsey
                + "\"}");
    String login = "eastlindsey:eastlindsey-test-2026";
    String retention = "api/v1/csps/" + eastLindsey + "/retention";
    long version = ok(api().get(retention, Api.ADMIN)).getJsonNumber("version").longValue();
    String v = ",\"version\":" + version + "}";
    assertThat(api().putJson(retention, Api.ADMIN, "{\"years\":0" + v).status()).isEqualTo(422);
    assertThat(api().putJson(retention, Api.ADMIN, "{\"years\":\"one\"" + v).status())
        .isEqualTo(400);
    assertThat(api().putJson(retention, Api.ADMIN, "{\"years\":2}").status()).isEqualTo(400);
    assertThat(api().putJson(retention, login, "{\"years\":1" + v).status()).isEqualTo(403);
    JsonObject saved = ok(api().putJson(retention, Api.ADMIN, "{\"years\":1" + v));
    assertThat(saved.getInt("years")).isEqualTo(1);
    assertThat(saved.getBoolean("own")).isTrue();
    Api.Reply stale = api().putJson(retention, Api.ADMIN, "{\"years\":3" + v);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("message")).contains("it is now 1 year, set by admin");
    assertThat(ok(api().get(retention, Api.ADMIN)).getInt("years")).isEqualTo(1);
    // the partnership's settings are for those scoped to it: not another CSP's coordinator
    assertThat(api().get(retention, Api.COORDINATOR).status()).isEqualTo(403);
    assertThat(api().get("api/v1/csps/" + eastLindsey + "/threshold-rules", Api.ANALYST).status())
        .isEqualTo(403);
    assertThat(api().get("api/v1/csps/" + eastLindsey + "/risk-forms", Api.COORDINATOR).status())
        .isEqualTo(403);
    assertThat(api().get("api/v1/csps/" + eastLindsey + "/risk-forms/current", login).status())
        .isEqualTo(200);
    assertThat(ok(api().get("api/v1/csps/" + CAMBRIDGE + "/retention", Api.ADMIN)).getInt("years"))
        .isEqualTo(6);

    String cambridge = closedNotMet(CAMBRIDGE, "Cam Victim", Api.COORDINATOR);
    String lincolnshire = closedNotMet(eastLindsey, "Lin Victim", login);
    Api.Reply logged =
        api()
            .postJson(
                "api/v1/victims",
                login,
                "{\"csp\":\""
                    + eastLindsey
                    + "\",\"name\":\"Lou Logged\",\"contact\":\"lou@example.invalid\"}");
    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    String victim = "api/v1/victims/" + logged.json().getJsonNumber("id");
    ok(
        api()
            .postJson(
                victim + "/reports", login, complaintJson("2026-08-20", "2026-08-20", "POLICE")));
    String figures =
        "api/v1/statistics/case-reviews?csp=" + eastLindsey + "&from=2026-08-01&to=2026-09-30";
    JsonObject before = ok(api().get(figures, null)).getJsonArray("csps").getJsonObject(0);

    api().postJson("api/v1/test/clock?date=2027-08-31", Api.ADMIN, "{}");
    api().postJson("api/v1/test/retention", Api.ADMIN, "{}");
    assertThat(get(lincolnshire, login).getString("victimName")).isEqualTo("Lin Victim");
    assertThat(ok(api().get(victim, login)).getString("name")).isEqualTo("Lou Logged");
    api().postJson("api/v1/test/clock?date=2027-09-01", Api.ADMIN, "{}");
    assertThat(ok(api().postJson("api/v1/test/retention", Api.ADMIN, "{}")).getInt("anonymised"))
        .isGreaterThanOrEqualTo(1);
    JsonObject gone = get(lincolnshire, login);
    JsonObject forgotten = ok(api().get(victim, login));
    assertThat(absent(forgotten, "name")).isTrue();
    assertThat(absent(forgotten, "contact")).isTrue();
    JsonObject report = forgotten.getJsonArray("reports").getJsonObject(0);
    assertThat(absent(report, "reference")).isTrue();
    assertThat(report.getString("reportedOn")).isEqualTo("2026-08-20");
    assertThat(absent(gone, "victimName")).isTrue();
    assertThat(absent(gone, "asbDescription")).isTrue();
    assertThat(absent(gone, "closureReason")).isTrue();
    assertThat(gone.getString("anonymisedAt")).isNotBlank();
    assertThat(gone.getJsonArray("letters")).isEmpty();
    JsonObject complaint =
        gone.getJsonObject("threshold").getJsonArray("complaints").getJsonObject(0);
    assertThat(absent(complaint, "agencyReference")).isTrue();
    assertThat(complaint.getString("incidentDate")).isEqualTo("2026-08-01");
    assertThat(gone.getString("thresholdOutcome")).isEqualTo("NOT_MET");
    assertThat(get(cambridge, Api.COORDINATOR).getString("victimName")).isEqualTo("Cam Victim");

    JsonObject after = ok(api().get(figures, null)).getJsonArray("csps").getJsonObject(0);
    assertThat(after.getInt("applications")).isEqualTo(before.getInt("applications"));
    assertThat(after.getInt("thresholdNotMet")).isEqualTo(before.getInt("thresholdNotMet"));
    JsonObject audit =
        ok(api().get("api/v1/audit?subjectType=CASE_REVIEW&subjectRef=" + lincolnshire, DPO));
    // the log's own reads after anonymising come first; the anonymisation is among the newest
    assertThat(audit.getJsonArray("items").stream().map(JsonObject.class::cast))
        .anyMatch(
            e ->
                e.getString("action").equals("ANONYMISE") && e.getString("actor").equals("system"));

    api().postJson("api/v1/test/clock?date=2032-09-01", Api.ADMIN, "{}");
    api().postJson("api/v1/test/retention", Api.ADMIN, "{}");
    assertThat(absent(get(cambridge, Api.COORDINATOR), "victimName")).isTrue();
    assertThat(ok(api().get("api/v1/audit/verify", DPO)).getBoolean("intact")).isTrue();
  }

  private String closedNotMet(String csp, String victim, String login) {
    String ref =
        record(application(csp, "PHONE", "2026-08-30", victim), login).getString("reference");
    complaint(ref, "2026-08-01", "2026-08-01", "POLICE", login);
    Api.Reply decided =
        api()
            .postJson(
                path(ref) + "/threshold-decision",
                login,
                "{\"version\":" + get(ref, login).getInt("version") + "}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    Api.Reply closed =
        api()
            .postJson(
                path(ref) + "/close",
                login,
                "{\"version\":"
                    + decided.json().getInt("version")
                    + ",\"reason\":\"Threshold not met; the victim was told why.\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().getString("state")).isEqualTo("CLOSED");
    return ref;
  }

  private static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  @Test
  void aDissatisfiedApplicantsRequestGoesToThePolicingBodyAndItsOutcomeComesBack() {
    String ref = record(application("PHONE", "2026-08-30", "Ray Victim")).getString("reference");
    Api.Reply tooSoon =
        api()
            .postJson(
                path(ref) + "/escalation",
                Api.COORDINATOR,
                "{\"version\":"
                    + get(ref, Api.COORDINATOR).getInt("version")
                    + ",\"grounds\":\"x\"}");
    assertThat(tooSoon.status()).isEqualTo(422);
    complaint(ref, "2026-08-01", "2026-08-01", "POLICE");
    ok(api().postJson(path(ref) + "/threshold-decision", Api.COORDINATOR, version(ref)));
    Api.Reply noGrounds = api().postJson(path(ref) + "/escalation", Api.COORDINATOR, version(ref));
    assertThat(noGrounds.status()).isEqualTo(400);
    JsonObject escalated =
        ok(
            api()
                .postJson(
                    path(ref) + "/escalation",
                    Api.COORDINATOR,
                    "{\"version\":"
                        + get(ref, Api.COORDINATOR).getInt("version")
                        + ",\"grounds\":\"Two reports to the council were not counted.\"}"));
    assertThat(escalated.getString("escalationOutcome")).isEqualTo("REQUESTED");
    long item = escalated.getJsonNumber("escalationItemId").longValue();
    Api.Reply twice =
        api()
            .postJson(
                path(ref) + "/escalation",
                Api.COORDINATOR,
                "{\"version\":" + escalated.getInt("version") + ",\"grounds\":\"again\"}");
    assertThat(twice.status()).isEqualTo(422);

    // the policing body in force for Cambridgeshire hears it from its case review queue
    JsonObject atPcc = ok(api().get("api/v1/work-items/" + item, Api.PCC));
    assertThat(atPcc.getString("queue")).isEqualTo("CASE_REVIEW");
    assertThat(atPcc.getString("state")).isEqualTo("REQUESTED");
    assertThat(api().get("api/v1/work-items/" + item, Api.PARTNER).status()).isEqualTo(404);
    act(item, "hear", Api.PCC, "{}");
    assertThat(get(ref, Api.COORDINATOR).getString("escalationOutcome")).isEqualTo("HEARING");
    act(item, "uphold", Api.PCC, "{\"reason\":\"The council reports should have counted.\"}");
    JsonObject upheld = get(ref, Api.COORDINATOR);
    assertThat(upheld.getString("escalationOutcome")).isEqualTo("UPHELD");
    assertThat(upheld.getString("escalationReasons")).contains("should have counted");
    assertThat(upheld.getString("escalationDecidedOn")).isEqualTo(TODAY.toString());
    // upheld, the case opens again for a new threshold decision, and the applicant is told
    assertThat(upheld.getString("state")).isEqualTo("ACKNOWLEDGED");
    JsonObject letter = lastLetter(upheld);
    assertThat(letter.getString("kind")).isEqualTo("ESCALATION_OUTCOME");
    assertThat(pdfText(ref, letter.getJsonNumber("id").longValue(), Api.COORDINATOR))
        .contains("we will decide again whether the threshold")
        .contains("should have counted");
    complaint(ref, "2026-08-10", "2026-08-10", "COUNCIL");
    complaint(ref, "2026-08-20", "2026-08-20", "COUNCIL");
    JsonObject again =
        ok(api().postJson(path(ref) + "/threshold-decision", Api.COORDINATOR, version(ref)));
    assertThat(again.getString("state")).isEqualTo("THRESHOLD_MET");
  }

  @Test
  void theDataReturnCountsEachPartnershipsQuartersInTheLayoutAnAdministratorSets() {
    // a request for review heard and decided by the policing body in July to September 2026
    String ref = notMet("Dee Victim");
    long item = escalate(ref, "Not all my reports were counted.");
    act(item, "hear", Api.PCC, "{}");
    act(item, "not_uphold", Api.PCC, "{\"reason\":\"Every report was considered.\"}");

    JsonObject ret = ok(api().get("api/v1/returns/case-reviews?year=2026", Api.ADMIN));
    JsonObject cambridgeQ2 =
        ret.getJsonArray("rows").stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("cspCode").equals(CAMBRIDGE) && r.getInt("quarter") == 2)
            .findFirst()
            .orElseThrow();
    assertThat(cambridgeQ2.getString("from")).isEqualTo("2026-07-01");
    assertThat(cambridgeQ2.getString("to")).isEqualTo("2026-09-30");
    assertThat(cambridgeQ2.getJsonNumber("applications").longValue()).isPositive();
    assertThat(cambridgeQ2.getJsonNumber("thresholdNotMet").longValue()).isPositive();
    assertThat(cambridgeQ2.getJsonNumber("policingBodyRequests").longValue()).isPositive();
    assertThat(cambridgeQ2.getJsonNumber("policingBodyReviews").longValue()).isPositive();
    // every partnership, four quarters each
    assertThat(ret.getJsonArray("rows").size() % 4).isZero();

    // who may read it, and bad requests
    assertThat(api().get("api/v1/returns/case-reviews?year=2026", Api.COORDINATOR).status())
        .isEqualTo(403);
    assertThat(api().get("api/v1/returns/case-reviews?year=abc", Api.ADMIN).status())
        .isEqualTo(400);
    assertThat(api().get("api/v1/returns/case-reviews", Api.ADMIN).status()).isEqualTo(400);
    assertThat(api().get("api/v1/returns/case-reviews?year=1999", Api.ADMIN).status())
        .isEqualTo(422);
    assertThat(api().get("api/v1/returns/case-reviews?year=2026&format=pdf", Api.ADMIN).status())
        .isEqualTo(400);

    // an administrator sets the columns; the download follows them
    JsonObject layout = ok(api().get("api/v1/returns/case-reviews/layout", Api.ADMIN));
    long version = layout.getJsonNumber("version").longValue();
    String every = layout.getJsonArray("columns").toString();
    String path = "api/v1/returns/case-reviews/layout";
    assertThat(
            api()
                .putJson(
                    path, Api.ANALYST, "{\"columns\":[\"CSP_CODE\"],\"version\":" + version + "}")
                .status())
        .isEqualTo(403);
    Api.Reply unknown =
        api()
            .putJson(
                path, Api.ADMIN, "{\"columns\":[\"CSP_SHOE_SIZE\"],\"version\":" + version + "}");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("CSP_SHOE_SIZE");
    JsonObject set =
        ok(
            api()
                .putJson(
                    path,
                    Api.ADMIN,
                    "{\"columns\":[\"CSP_CODE\",\"QUARTER\",\"APPLICATIONS\","
                        + "\"POLICING_BODY_REVIEWS\"],\"version\":"
                        + version
                        + "}"));
    assertThat(set.getJsonArray("columns")).hasSize(4);
    Api.Reply stale =
        api().putJson(path, Api.ADMIN, "{\"columns\":[\"CSP_CODE\"],\"version\":" + version + "}");
    assertThat(stale.status()).isEqualTo(409);
    Api.Reply file = api().get("api/v1/returns/case-reviews?year=2026&format=csv", Api.ADMIN);
    assertThat(file.status()).isEqualTo(200);
    String csv = file.body().replace("\uFEFF", ""); // the byte-order mark spreadsheets want
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("csp_code,quarter,applications,policing_body_reviews");
    assertThat(csv).contains(CAMBRIDGE + ",Q2,");
    ok(
        api()
            .putJson(
                path,
                Api.ADMIN,
                "{\"columns\":"
                    + every
                    + ",\"version\":"
                    + set.getJsonNumber("version").longValue()
                    + "}"));
  }

  @Test
  void southWalesPartnershipsFollowTheirPublishedProcedureAndOthersTheAct() {
    // Cardiff is in South Wales: a hate incident, or five reports at one place, also meet it
    JsonObject cardiff =
        api()
            .get("api/v1/csps/W14000015/threshold-rules", Api.ADMIN)
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(cardiff.getString("cspCode")).isEqualTo("W14000015");
    assertThat(cardiff.getBoolean("inForce")).isTrue();
    assertThat(cardiff.getJsonObject("terms").getBoolean("hateIncidentMeets")).isTrue();
    assertThat(cardiff.getJsonObject("terms").getInt("locationReportsRequired")).isEqualTo(5);
    assertThat(cardiff.getJsonObject("terms").getInt("complaintsRequired")).isEqualTo(3);
    assertThat(cardiff.getString("note")).contains("asbcasereview.wales");
    // North Wales publishes the Act's own threshold: Ynys Môn keeps the national rule
    JsonObject anglesey =
        api()
            .get("api/v1/csps/W14000001/threshold-rules", Api.ADMIN)
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(absent(anglesey, "cspCode")).isTrue();
    assertThat(anglesey.getBoolean("inForce")).isTrue();
  }

  @Test
  void anEscalationUpheldWithADirectionToReviewLeadsToAReviewAndALetter() {
    String ref = notMet("Roy Victim");
    long item = escalate(ref, "The harm to a vulnerable victim was not weighed.");
    // nothing can be directed before the request is heard
    Api.Reply early =
        api()
            .postJson(
                "api/v1/work-items/" + item + "/actions/uphold_review",
                Api.PCC,
                "{\"reason\":\"x\"}");
    assertThat(early.status()).as(early.body()).isIn(409, 422);
    assertThat(get(ref, Api.COORDINATOR).getString("state")).isEqualTo("THRESHOLD_NOT_MET");
    act(item, "hear", Api.PCC, "{}");
    act(
        item,
        "uphold_review",
        Api.PCC,
        "{\"reason\":\"The procedure lets harm be weighed; a review should be held.\"}");
    JsonObject directed = get(ref, Api.COORDINATOR);
    assertThat(directed.getString("escalationOutcome")).isEqualTo("UPHELD_REVIEW");
    assertThat(directed.getString("state")).isEqualTo("THRESHOLD_MET");
    JsonObject letter = lastLetter(directed);
    assertThat(letter.getString("kind")).isEqualTo("ESCALATION_OUTCOME");
    assertThat(pdfText(ref, letter.getJsonNumber("id").longValue(), Api.COORDINATOR))
        .contains("directed that a case review be held")
        .contains("harm be weighed");

    JsonObject scheduled =
        ok(
            api()
                .postJson(
                    path(ref) + "/review-plan",
                    Api.COORDINATOR,
                    "{\"version\":"
                        + directed.getInt("version")
                        + ",\"meetingOn\":\"2026-09-10\",\"bodies\":[\"POLICE\",\"COUNCIL\"],"
                        + "\"victimInvolvement\":\"ATTEND\",\"requestInformation\":false}"));
    assertThat(scheduled.getString("state")).isEqualTo("REVIEW_SCHEDULED");
  }

  /** A case received on 30 August 2026 with one complaint, its threshold found not met. */
  private String notMet(String victim) {
    String ref = record(application("PHONE", "2026-08-30", victim)).getString("reference");
    complaint(ref, "2026-08-01", "2026-08-01", "POLICE");
    ok(api().postJson(path(ref) + "/threshold-decision", Api.COORDINATOR, version(ref)));
    return ref;
  }

  /** Sends the case to the policing body for review; returns the request's work item. */
  private long escalate(String ref, String grounds) {
    return ok(api()
            .postJson(
                path(ref) + "/escalation",
                Api.COORDINATOR,
                "{\"version\":"
                    + get(ref, Api.COORDINATOR).getInt("version")
                    + ",\"grounds\":\""
                    + grounds
                    + "\"}"))
        .getJsonNumber("escalationItemId")
        .longValue();
  }

  /** Records the case's review as held on the day, at the case's current version. */
  private Api.Reply review(String ref, String heldOn, String summary) {
    return api()
        .postJson(
            path(ref) + "/review",
            Api.COORDINATOR,
            "{\"version\":"
                + get(ref, Api.COORDINATOR).getInt("version")
                + ",\"heldOn\":\""
                + heldOn
                + "\",\"summary\":\""
                + summary
                + "\"}");
  }

  private static JsonObject lastLetter(JsonObject detail) {
    JsonArray letters = detail.getJsonArray("letters");
    return letters.getJsonObject(letters.size() - 1);
  }

  @Test
  void aSecondReportWithinSixMonthsPromptsTheCoordinatorToTellTheVictim() {
    long victims = rows("asb_victim");
    Api.Reply blank =
        api()
            .postJson(
                "api/v1/victims",
                Api.COORDINATOR,
                "{\"csp\":\"" + CAMBRIDGE + "\",\"name\":\"  \",\"contact\":\"x\"}");
    assertThat(blank.status()).as(blank.body()).isEqualTo(400);
    assertThat(blank.body()).contains("name");
    Api.Reply elsewhere =
        api()
            .postJson(
                "api/v1/victims",
                Api.COORDINATOR,
                "{\"csp\":\"W14000015\",\"name\":\"Out Of Sight\"}");
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(404);
    assertThat(rows("asb_victim")).isEqualTo(victims);
    Api.Reply logged =
        api()
            .postJson(
                "api/v1/victims",
                Api.COORDINATOR,
                "{\"csp\":\""
                    + CAMBRIDGE
                    + "\",\"name\":\"Val Victim\",\"contact\":\"01632 960 002\"}");
    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    long id = logged.json().getJsonNumber("id").longValue();
    String victim = "api/v1/victims/" + id;
    JsonObject first =
        api()
            .postJson(
                victim + "/reports",
                Api.COORDINATOR,
                complaintJson("2026-01-05", "2026-01-05", "POLICE"))
            .json();
    assertThat(first.getBoolean("prompt")).isFalse();
    // seven months later: still no prompt
    JsonObject second =
        api()
            .postJson(
                victim + "/reports",
                Api.COORDINATOR,
                complaintJson("2026-08-10", "2026-08-10", "COUNCIL"))
            .json();
    assertThat(second.getBoolean("prompt")).isFalse();
    JsonObject third =
        api()
            .postJson(
                victim + "/reports",
                Api.COORDINATOR,
                complaintJson("2026-08-25", "2026-08-26", "POLICE"))
            .json();
    assertThat(third.getBoolean("prompt")).isTrue();
    assertThat(third.getJsonArray("reports")).hasSize(3);

    assertThat(api().get(victim, WELSH_COORDINATOR).status()).isEqualTo(404);
    assertThat(api().get(victim, Api.PARTNER).status()).isIn(403, 404);
    Api.Reply badHow =
        api()
            .postJson(
                victim + "/told",
                Api.COORDINATOR,
                "{\"version\":" + third.getInt("version") + ",\"how\":\"PIGEON\"}");
    assertThat(badHow.status()).isEqualTo(400);
    JsonObject told =
        ok(
            api()
                .postJson(
                    victim + "/told",
                    Api.COORDINATOR,
                    "{\"version\":" + third.getInt("version") + ",\"how\":\"PHONE\"}"));
    assertThat(told.getBoolean("prompt")).isFalse();
    assertThat(told.getString("toldOn")).isEqualTo(TODAY.toString());
    assertThat(told.getString("toldBy")).isEqualTo("coordinator");
    Api.Reply again =
        api()
            .postJson(
                victim + "/told",
                Api.COORDINATOR,
                "{\"version\":" + told.getInt("version") + ",\"how\":\"PHONE\"}");
    assertThat(again.status()).isEqualTo(422);
    Api.Reply stale =
        api()
            .postJson(
                victim + "/told",
                Api.COORDINATOR,
                "{\"version\":" + third.getInt("version") + ",\"how\":\"PHONE\"}");
    assertThat(stale.status()).isEqualTo(409);
    JsonObject audit = ok(api().get("api/v1/audit?subjectType=ASB_VICTIM&subjectRef=" + id, DPO));
    assertThat(audit.getInt("total")).isGreaterThanOrEqualTo(5);
  }

  // ---- the rule in force on the day received
  // ------------------------------------------------------

  // ---- risk and vulnerability ------------------------------------------------------------------

  @Test
  void theHomePageCountsDecisionsOverdueAndDueThisWeekAndOpensTheirList() throws Exception {
    // received on Friday 28 August 2026: the decision is due on Monday 21 September
    String ref = record(application("PHONE", "2026-08-28", "Hal Home")).getString("reference");
    api().postJson("api/v1/test/clock?date=2026-09-16", Api.ADMIN, "{}");
    assertThat(decisions("this-week", ref)).isEqualTo(1);
    assertThat(decisions("overdue", ref)).isZero();
    api().postJson("api/v1/test/clock?date=2026-09-22", Api.ADMIN, "{}");
    assertThat(decisions("overdue", ref)).isEqualTo(1);
    assertThat(decisions("this-week", ref)).isZero();
    Api.Reply unknown = api().get("api/v1/case-reviews?decision=someday", Api.COORDINATOR);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getString("field")).isEqualTo("decision");

    PageSweep.Session browser = PageSweep.session(base.toURI());
    browser.signIn("coordinator", "coordinator-demo-2026");
    String home = browser.get("index.xhtml").body();
    assertThat(home)
        .contains("What needs you")
        .containsPattern("threshold decisions? (is|are) overdue")
        .contains("casereview/cases.xhtml?decision=OVERDUE");
    assertThat(browser.get("casereview/cases.xhtml?decision=OVERDUE").body()).contains(ref);
    assertThat(browser.get("casereview/cases.xhtml?decision=THIS_WEEK").body()).doesNotContain(ref);
    // acknowledged, it still waits for its decision
    ok(api().postJson(path(ref) + "/acknowledge", Api.COORDINATOR, version(ref)));
    assertThat(decisions("overdue", ref)).isEqualTo(1);
  }

  private long decisions(String window, String reference) {
    return ok(api()
            .get(
                "api/v1/case-reviews?decision=" + window + "&reference=" + reference,
                Api.COORDINATOR))
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void theRiskAssessmentSetsThePriorityAndTheDecisionDeadlineAndIsPromptedAtEachStage() {
    // received on Friday 28 August 2026; Monday 31 August is the summer bank holiday
    JsonObject created = record(application("PHONE", "2026-08-28", "Cat Victim"));
    String ref = created.getString("reference");
    assertThat(created.getString("priority")).isEqualTo("NORMAL");
    assertThat(created.getString("decisionDueOn")).isEqualTo("2026-09-21"); // 15 working days
    assertThat(created.getBoolean("reassessmentDue")).isTrue();

    JsonObject risk = ok(api().get(path(ref) + "/risk", Api.COORDINATOR));
    JsonObject form = risk.getJsonObject("form");
    assertThat(form.getJsonArray("questions")).hasSize(8);
    assertThat(form.getInt("maximum")).isEqualTo(21);
    assertThat(risk.getJsonArray("assessments")).isEmpty();

    long assessments = rows("case_risk_assessment");
    // stale, unanswered, and an answer from another question: refused, nothing stored
    Api.Reply stale =
        api().postJson(path(ref) + "/risk-assessments", Api.COORDINATOR, answers(form, 99, 1));
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    int version = created.getInt("version");
    String sevenOfEight = answers(form, version, 1).replaceFirst("\\{[^{}]*\\},", "");
    Api.Reply unanswered =
        api().postJson(path(ref) + "/risk-assessments", Api.COORDINATOR, sevenOfEight);
    assertThat(unanswered.status()).as(unanswered.body()).isEqualTo(422);
    assertThat(unanswered.json().getString("message")).contains("One question is not answered");
    JsonObject first = form.getJsonArray("questions").getJsonObject(0);
    JsonObject second = form.getJsonArray("questions").getJsonObject(1);
    String crossed =
        "{\"version\":"
            + version
            + ",\"answers\":[{\"questionId\":"
            + second.getJsonNumber("id")
            + ",\"optionId\":"
            + first.getJsonArray("options").getJsonObject(0).getJsonNumber("id")
            + "}]}";
    Api.Reply wrong = api().postJson(path(ref) + "/risk-assessments", Api.COORDINATOR, crossed);
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
    assertThat(rows("case_risk_assessment")).isEqualTo(assessments);

    // the highest answer to every question: very high risk, a decision within 5 working days
    Api.Reply urgent =
        api()
            .postJson(path(ref) + "/risk-assessments", Api.COORDINATOR, answers(form, version, 99));
    assertThat(urgent.status()).as(urgent.body()).isEqualTo(201);
    JsonObject assessed = urgent.json();
    assertThat(assessed.getString("priority")).isEqualTo("URGENT");
    assertThat(assessed.getString("slaPolicyCode")).isEqualTo("CASE_DECISION_URGENT");
    assertThat(assessed.getString("decisionDueOn")).isEqualTo("2026-09-07");
    assertThat(assessed.getBoolean("reassessmentDue")).isFalse();
    JsonObject line = assessed.getJsonArray("assessments").getJsonObject(0);
    assertThat(line.getInt("score")).isEqualTo(21);
    assertThat(line.getString("stage")).isEqualTo("RECEIVED");
    assertThat(line.getJsonArray("answers")).hasSize(8);
    assertThat(
            ok(api().get("api/v1/case-reviews?priority=urgent&reference=" + ref, Api.COORDINATOR))
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            ok(api().get("api/v1/case-reviews?priority=low&reference=" + ref, Api.COORDINATOR))
                .getInt("total"))
        .isZero();

    // the case moves on: a reassessment is prompted; the lowest answers bring the standard deadline
    ok(api().postJson(path(ref) + "/acknowledge", Api.COORDINATOR, version(ref)));
    JsonObject acknowledged = ok(api().get(path(ref) + "/risk", Api.COORDINATOR));
    assertThat(acknowledged.getBoolean("reassessmentDue")).isTrue();
    JsonObject standard =
        ok(
            api()
                .postJson(
                    path(ref) + "/risk-assessments",
                    Api.COORDINATOR,
                    answers(form, acknowledged.getInt("version"), 1)));
    assertThat(standard.getString("priority")).isEqualTo("NORMAL");
    assertThat(standard.getString("decisionDueOn")).isEqualTo("2026-09-21");
    assertThat(standard.getJsonArray("assessments")).hasSize(2);
    assertThat(standard.getJsonArray("assessments").getJsonObject(0).getString("stage"))
        .isEqualTo("ACKNOWLEDGED");

    // another CSP's coordinator can neither read nor assess the case
    assertThat(api().get(path(ref) + "/risk", WELSH_COORDINATOR).status()).isEqualTo(404);
    assertThat(
            api()
                .postJson(
                    path(ref) + "/risk-assessments",
                    WELSH_COORDINATOR,
                    answers(form, standard.getInt("version"), 1))
                .status())
        .isEqualTo(404);
  }

  @Test
  void anAdministratorGivesACspItsOwnRiskFormAndMalformedFormsAreRefused() {
    String norwich = "E22000223";
    api()
        .postJson(
            "api/v1/test/accounts/norwich",
            Api.ADMIN,
            "{\"password\":\"norwich-test-2026\",\"role\":\"CSP_COORDINATOR\","
                + "\"orgType\":\"PARTNERSHIP\",\"area\":\""
                + norwich
                + "\"}");
    String login = "norwich:norwich-test-2026";
    String forms = "api/v1/csps/" + norwich + "/risk-forms";
    String question =
        "{\"textEn\":\"Is the victim over 75?\",\"textCy\":\"A yw’r dioddefwr dros 75?\","
            + "\"options\":[{\"labelEn\":\"No\",\"labelCy\":\"Nac ydy\",\"score\":0},"
            + "{\"labelEn\":\"Yes\",\"labelCy\":\"Ydy\",\"score\":5}]}";
    String oneOption =
        "{\"textEn\":\"Alone?\",\"textCy\":\"Ar ei ben ei hun?\","
            + "\"options\":[{\"labelEn\":\"Yes\",\"labelCy\":\"Ydy\",\"score\":1}]}";
    String bands =
        "[{\"minScore\":0,\"labelEn\":\"Low\",\"labelCy\":\"Isel\",\"priority\":\"low\","
            + "\"slaPolicyCode\":\"CASE_DECISION_STANDARD\"},"
            + "{\"minScore\":5,\"labelEn\":\"High\",\"labelCy\":\"Uchel\",\"priority\":\"high\","
            + "\"slaPolicyCode\":\"CASE_DECISION_HIGH\"}]";
    String good = form(TODAY.toString(), question, bands);
    long before = rows("risk_form");

    assertThat(api().postJson(forms, login, good).status()).isEqualTo(403);
    Api.Reply past = api().postJson(forms, Api.ADMIN, form("2026-08-31", question, bands));
    assertThat(past.status()).as(past.body()).isEqualTo(422);
    Api.Reply noZero =
        api()
            .postJson(
                forms,
                Api.ADMIN,
                form(
                    TODAY.toString(), question, bands.replace("\"minScore\":0", "\"minScore\":1")));
    assertThat(noZero.status()).as(noZero.body()).isEqualTo(422);
    assertThat(noZero.json().getString("message")).contains("start at 0");
    Api.Reply policy =
        api()
            .postJson(
                forms,
                Api.ADMIN,
                form(
                    TODAY.toString(),
                    question,
                    bands.replace("CASE_DECISION_HIGH", "NO_SUCH_POLICY")));
    assertThat(policy.status()).as(policy.body()).isEqualTo(422);
    assertThat(policy.json().getString("message")).contains("NO_SUCH_POLICY");
    Api.Reply single =
        api().postJson(forms, Api.ADMIN, form(TODAY.toString(), question + "," + oneOption, bands));
    assertThat(single.status()).as(single.body()).isEqualTo(400);
    Api.Reply badPriority =
        api()
            .postJson(
                forms,
                Api.ADMIN,
                form(TODAY.toString(), question, bands.replace("\"low\"", "\"soon\"")));
    assertThat(badPriority.status()).as(badPriority.body()).isEqualTo(400);
    assertThat(rows("risk_form")).isEqualTo(before);

    Api.Reply added = api().postJson(forms, Api.ADMIN, good);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().getString("cspCode")).isEqualTo(norwich);
    Api.Reply list = api().get(forms, login);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    JsonArray listed = Json.createReader(new java.io.StringReader(list.body())).readArray();
    assertThat(listed.getJsonObject(0).getBoolean("inForce")).isTrue();
    assertThat(listed.getJsonObject(0).getBoolean("national")).isFalse();

    // a Norwich case is assessed against Norwich's form: "yes" scores 5, the high band
    String ref =
        record(application(norwich, "PHONE", "2026-09-01", "Dee Victim"), login)
            .getString("reference");
    JsonObject risk = ok(api().get(path(ref) + "/risk", login));
    assertThat(risk.getJsonObject("form").getJsonArray("questions")).hasSize(1);
    JsonObject assessed =
        ok(
            api()
                .postJson(
                    path(ref) + "/risk-assessments",
                    login,
                    answers(risk.getJsonObject("form"), risk.getInt("version"), 99)));
    assertThat(assessed.getString("priority")).isEqualTo("HIGH");
    assertThat(assessed.getString("decisionDueOn")).isEqualTo("2026-09-15"); // 10 working days
  }

  private static String form(String validFrom, String questions, String bands) {
    return "{\"validFrom\":\""
        + validFrom
        + "\",\"note\":\"Older victims weigh more.\",\"questions\":["
        + questions
        + "],\"bands\":"
        + bands
        + "}";
  }

  /** Answers every question of a form with its option number {@code pick} (1-based, capped). */
  private static String answers(JsonObject form, int version, int pick) {
    StringBuilder json = new StringBuilder("{\"version\":" + version + ",\"answers\":[");
    JsonArray questions = form.getJsonArray("questions");
    for (int i = 0; i < questions.size(); i++) {
      JsonObject question = questions.getJsonObject(i);
      JsonArray options = question.getJsonArray("options");
      JsonObject option = options.getJsonObject(Math.min(pick, options.size()) - 1);
      json.append(i == 0 ? "" : ",")
          .append("{\"questionId\":")
          .append(question.getJsonNumber("id"))
          .append(",\"optionId\":")
          .append(option.getJsonNumber("id"))
          .append('}');
    }
    return json.append("],\"note\":\"Assessed by phone with the victim.\"}").toString();
  }

  @Test
  void anApplicationIsJudgedByTheRuleInForceOnTheDayItWasReceived() {
    // a test CSP of its own, so that its rule does not touch other tests' cases
    String csp = "E22000174"; // East Lindsey
    api()
        .postJson(
            "api/v1/test/accounts/eastlindsey",
            Api.ADMIN,
            "{\"password\":\"eastlindsey-test-2026\",\"role\":\"CSP_COORDINATOR\","
                + "\"orgType\":\"PARTNERSHIP\",\"area\":\""
                + csp
                + "\"}");
    String login = "eastlindsey:eastlindsey-test-2026";
    String before =
        record(application(csp, "PHONE", "2026-08-31", "Eve Victim"), login).getString("reference");

    Api.Reply past =
        api()
            .postJson(
                "api/v1/csps/" + csp + "/threshold-rules",
                Api.ADMIN,
                "{\"validFrom\":\"2026-08-31\",\"complaintsRequired\":2}");
    assertThat(past.status()).as(past.body()).isEqualTo(422);
    Api.Reply nonsense =
        api()
            .postJson(
                "api/v1/csps/" + csp + "/threshold-rules",
                Api.ADMIN,
                "{\"validFrom\":\"2026-09-01\",\"complaintsRequired\":0}");
    assertThat(nonsense.status()).as(nonsense.body()).isEqualTo(400);
    // the Act meets the threshold at three complaints: a procedure may ask for fewer, not more
    Api.Reply five =
        api()
            .postJson(
                "api/v1/csps/" + csp + "/threshold-rules",
                Api.ADMIN,
                "{\"validFrom\":\"2026-09-01\",\"complaintsRequired\":5}");
    assertThat(five.status()).as(five.body()).isEqualTo(400);
    assertThat(five.body()).contains("s104(4)").contains("para 231");
    // and its periods may be made longer, not shorter
    Api.Reply threeMonths =
        api()
            .postJson(
                "api/v1/csps/" + csp + "/threshold-rules",
                Api.ADMIN,
                "{\"validFrom\":\"2026-09-01\",\"windowMonths\":3}");
    assertThat(threeMonths.status()).as(threeMonths.body()).isEqualTo(400);
    assertThat(threeMonths.body()).contains("six months beginning with the day of each complaint");
    Api.Reply notAdmin =
        api()
            .postJson(
                "api/v1/csps/" + csp + "/threshold-rules",
                login,
                "{\"validFrom\":\"2026-09-01\",\"complaintsRequired\":2}");
    assertThat(notAdmin.status()).isEqualTo(403);
    Api.Reply added =
        api()
            .postJson(
                "api/v1/csps/" + csp + "/threshold-rules",
                Api.ADMIN,
                "{\"validFrom\":\"2026-09-01\",\"complaintsRequired\":2,"
                    + "\"hateIncidentMeets\":true,\"note\":\"Two complaints from September\","
                    + "\"procedure\":{\"procedureEn\":\"Apply to the community safety team.\","
                    + "\"contactName\":\"ASB case review team\","
                    + "\"contactEmail\":\"casereview@example.gov.uk\"}}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.jsonValue().asJsonArray().getJsonObject(0).getBoolean("inForce")).isTrue();

    String after =
        record(application(csp, "PHONE", "2026-09-01", "Fay Victim"), login).getString("reference");
    for (String ref : new String[] {before, after}) {
      complaint(ref, "2026-08-01", "2026-08-01", "POLICE", login);
      complaint(ref, "2026-08-15", "2026-08-15", "COUNCIL", login);
    }
    JsonObject old = ok(api().get(path(before) + "/threshold", login));
    JsonObject current = ok(api().get(path(after) + "/threshold", login));
    assertThat(old.getBoolean("nationalRule")).isTrue();
    assertThat(old.getBoolean("met")).isFalse();
    assertThat(current.getBoolean("nationalRule")).isFalse();
    assertThat(current.getJsonObject("terms").getInt("complaintsRequired")).isEqualTo(2);
    assertThat(current.getBoolean("met")).isTrue();

    // the procedure published with the rule, as anyone reads it without signing in
    JsonObject published = ok(api().get("api/v1/published/case-review-procedures/" + csp, null));
    assertThat(published.getBoolean("national")).isFalse();
    assertThat(published.getJsonObject("terms").getInt("complaintsRequired")).isEqualTo(2);
    assertThat(published.getString("contactEmail")).isEqualTo("casereview@example.gov.uk");
    assertThat(published.getString("procedureEn")).contains("community safety team");
    JsonObject cambridge =
        ok(api().get("api/v1/published/case-review-procedures/" + CAMBRIDGE, null));
    assertThat(cambridge.getBoolean("national")).isTrue();
    assertThat(api().get("api/v1/published/case-review-procedures/E22999999", null).status())
        .isEqualTo(404);
    Api.Reply badEmail =
        api()
            .postJson(
                "api/v1/csps/" + csp + "/threshold-rules",
                Api.ADMIN,
                "{\"validFrom\":\"2026-09-02\",\"procedure\":{\"contactEmail\":\"not an address\"}}");
    assertThat(badEmail.status()).as(badEmail.body()).isEqualTo(400);
    assertThat(badEmail.body()).contains("e-mail address");
  }

  // ---- scoping and personal data
  // -----------------------------------------------------------------

  @Test
  void onlyTheCoordinatorsOfTheCaseCspCanReadOrFindIt() {
    String ref = record(application("PHONE", "2026-08-30", "Gil Victim")).getString("reference");
    assertThat(api().get(path(ref), WELSH_COORDINATOR).status()).isEqualTo(404);
    assertThat(api().get(path(ref) + "/threshold", WELSH_COORDINATOR).status()).isEqualTo(404);
    assertThat(
            api()
                .postJson(
                    path(ref) + "/complaints",
                    WELSH_COORDINATOR,
                    complaintJson("2026-08-01", "2026-08-01", "POLICE"))
                .status())
        .isEqualTo(404);
    JsonObject welshList = ok(api().get("api/v1/case-reviews?reference=" + ref, WELSH_COORDINATOR));
    assertThat(welshList.getInt("total")).isZero();
    JsonObject ownList = ok(api().get("api/v1/case-reviews?reference=" + ref, Api.COORDINATOR));
    assertThat(ownList.getInt("total")).isEqualTo(1);
    assertThat(ownList.getJsonArray("items").getJsonObject(0).containsKey("victimName")).isFalse();
    // partners, PCC offices, analysts and administrators see no personal ASB data here
    for (String other : new String[] {Api.PARTNER, Api.PCC, Api.ANALYST, Api.ADMIN}) {
      Api.Reply reply = api().get(path(ref), other);
      assertThat(reply.status()).as(other).isIn(403, 404);
      assertThat(reply.body()).doesNotContain("Gil Victim");
    }
    // a coordinator of another CSP cannot record an application for this one
    Api.Reply elsewhere =
        api().postJson("api/v1/case-reviews", WELSH_COORDINATOR, application("PHONE", null, "X Y"));
    assertThat(elsewhere.status()).isEqualTo(404);
  }

  @Test
  void everyReadOfPersonalDataIsAuditedAndTheChainShowsTampering() {
    String ref = record(application("PHONE", "2026-08-30", "Hal Victim")).getString("reference");
    get(ref, Api.COORDINATOR);
    JsonObject entries =
        ok(api().get("api/v1/audit?subjectType=CASE_REVIEW&subjectRef=" + ref, DPO));
    // newest first: the read just made, the read after recording, the creation
    assertThat(entries.getInt("total")).isEqualTo(3);
    JsonObject newest = entries.getJsonArray("items").getJsonObject(0);
    assertThat(newest.getString("action")).isEqualTo("VIEW");
    assertThat(newest.getString("actor")).isEqualTo("coordinator");
    assertThat(api().get("api/v1/audit", Api.COORDINATOR).status()).isEqualTo(403);

    assertThat(ok(api().get("api/v1/audit/verify", DPO)).getBoolean("intact")).isTrue();
    long id = newest.getJsonNumber("id").longValue();
    JsonObject was =
        ok(api().postJson("api/v1/test/audit/" + id, Api.ADMIN, "{\"detail\":\"nothing to see\"}"));
    try {
      JsonObject broken = ok(api().get("api/v1/audit/verify", DPO));
      assertThat(broken.getBoolean("intact")).isFalse();
      assertThat(broken.getJsonNumber("firstBrokenId").longValue()).isEqualTo(id);
    } finally {
      api()
          .postJson(
              "api/v1/test/audit/" + id,
              Api.ADMIN,
              "{\"detail\":\"" + was.getString("detail") + "\"}");
    }
    assertThat(ok(api().get("api/v1/audit/verify", DPO)).getBoolean("intact")).isTrue();
  }

  // ---- bad input
  // ---------------------------------------------------------------------------------

  @Test
  void badApplicationsAreRefusedFieldByFieldAndStoreNothing() {
    long cases = rows("case_review");
    long audit = rows("audit_event");
    long complaints = rows("case_complaint");
    String anonymous = application("PHONE", null, "");
    Api.Reply reply = api().postJson("api/v1/case-reviews", Api.COORDINATOR, anonymous);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.body()).contains("cannot be anonymous");

    String thirdPartyWithoutConsent =
        application("PHONE", null, "Ivy Victim")
            .replace("\"applicantIsVictim\":true", "\"applicantIsVictim\":false");
    Api.Reply consent =
        api().postJson("api/v1/case-reviews", Api.COORDINATOR, thirdPartyWithoutConsent);
    assertThat(consent.status()).isEqualTo(400);
    assertThat(consent.body()).contains("consent").contains("your name");

    Api.Reply postcode =
        api()
            .postJson(
                "api/v1/case-reviews",
                Api.COORDINATOR,
                application("PHONE", null, "Jo Victim").replace("CB1 2AB", "not a postcode"));
    assertThat(postcode.status()).isEqualTo(400);
    assertThat(postcode.body()).contains("real postcode");

    Api.Reply future =
        api()
            .postJson(
                "api/v1/case-reviews", Api.COORDINATOR, application("PHONE", "2026-09-02", "Kim"));
    assertThat(future.status()).isEqualTo(422);
    assertThat(future.json().getString("message")).contains("cannot be in the future");
    Api.Reply online =
        api().postJson("api/v1/case-reviews", Api.COORDINATOR, application("ONLINE", null, "Lee"));
    assertThat(online.status()).isEqualTo(422);
    Api.Reply badEnum =
        api().postJson("api/v1/case-reviews", Api.COORDINATOR, application("PIGEON", null, "Mo"));
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(badEnum.body()).contains("channel");

    String ref = record(application("PHONE", null, "Ned Victim")).getString("reference");
    Api.Reply backwards =
        api()
            .postJson(
                path(ref) + "/complaints",
                Api.COORDINATOR,
                complaintJson("2026-08-10", "2026-08-01", "POLICE"));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("same as or after");
    Api.Reply noAgency =
        api()
            .postJson(
                path(ref) + "/complaints",
                Api.COORDINATOR,
                complaintJson("2026-08-10", "2026-08-11", "MARTIANS"));
    assertThat(noAgency.status()).isEqualTo(400);
    Api.Reply tomorrow =
        api()
            .postJson(
                path(ref) + "/complaints",
                Api.COORDINATOR,
                complaintJson("2026-09-02", "2026-09-02", "POLICE"));
    assertThat(tomorrow.status()).isEqualTo(422);

    assertThat(rows("case_review")).isEqualTo(cases + 1);
    assertThat(rows("case_complaint")).isEqualTo(complaints);
    assertThat(ok(api().get(path(ref) + "/threshold", Api.COORDINATOR)).getJsonArray("complaints"))
        .isEmpty();
    // the good one: created, passed on to the three relevant bodies, read back, its threshold read
    assertThat(rows("audit_event")).isEqualTo(audit + 6);
  }

  // ---- statutory figures
  // -------------------------------------------------------------------------

  @Test
  void theStatutoryFiguresArePublicAndCountedFromTheCases() {
    String figures =
        "api/v1/statistics/case-reviews?csp=" + CAMBRIDGE + "&from=2026-08-01&to=2026-08-31";
    JsonObject before = ok(api().get(figures, null)).getJsonArray("csps").getJsonObject(0);
    String ref = record(application("PHONE", "2026-08-29", "Oz Victim")).getString("reference");
    ok(api().postJson(path(ref) + "/threshold-decision", Api.COORDINATOR, version(ref)));
    JsonObject after = ok(api().get(figures, null)).getJsonArray("csps").getJsonObject(0);
    assertThat(after.getString("cspCode")).isEqualTo(CAMBRIDGE);
    assertThat(after.getInt("applications")).isEqualTo(before.getInt("applications") + 1);
    // decided on 1 September: outside August
    assertThat(after.getInt("thresholdNotMet")).isEqualTo(before.getInt("thresholdNotMet"));
    JsonObject september =
        ok(api()
                .get(
                    "api/v1/statistics/case-reviews?csp="
                        + CAMBRIDGE
                        + "&from=2026-09-01&to=2026-09-30",
                    null))
            .getJsonArray("csps")
            .getJsonObject(0);
    assertThat(september.getInt("thresholdNotMet")).isGreaterThanOrEqualTo(1);

    JsonObject national =
        ok(api().get("api/v1/statistics/case-reviews?from=2026-04-01&to=2027-03-31", null));
    assertThat(national.getJsonArray("csps").size()).isGreaterThan(300);
    assertThat(
            api()
                .get(
                    "api/v1/statistics/case-reviews?csp=E22999999&from=2026-04-01&to=2027-03-31",
                    null)
                .status())
        .isEqualTo(404);
    assertThat(
            api()
                .get("api/v1/statistics/case-reviews?from=2026-04-01&to=2025-03-31", null)
                .status())
        .isEqualTo(422);
    assertThat(
            api().get("api/v1/statistics/case-reviews?from=yesterday&to=2025-03-31", null).status())
        .isEqualTo(400);
    assertThat(api().get(figures + "&format=pdf", null).status()).isEqualTo(400);

    // the same figures as files: numbers stay numbers, Welsh names keep their letters
    String year = "api/v1/statistics/case-reviews?from=2026-04-01&to=2027-03-31&format=";
    int rows = national.getJsonArray("csps").size();
    String csv = new String(download(year + "csv", "text/csv"), StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n")).hasSize(rows + 1);
    assertThat(csv).startsWith("\uFEFFcsp_code,csp_name,csp_name_cy,pfa_code");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(download(year + "xlsx", "spreadsheetml")))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(rows);
      boolean found = false;
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        if (row.getCell(0).getStringCellValue().equals(CAMBRIDGE)) {
          assertThat(row.getCell(7).getNumericCellValue())
              .isEqualTo(yearFigures(national, CAMBRIDGE).getInt("applications"));
          found = true;
        }
      }
      assertThat(found).isTrue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      com.github.miachm.sods.SpreadSheet book =
          new com.github.miachm.sods.SpreadSheet(
              new java.io.ByteArrayInputStream(download(year + "ods", "opendocument")));
      Object[][] values = book.getSheet(0).getDataRange().getValues();
      assertThat(values).hasNumberOfRows(rows + 1);
      boolean welsh = false;
      for (Object[] line : values) {
        if ("W14000015".equals(line[0])) {
          assertThat(line[2]).isEqualTo("Caerdydd");
          assertThat(line[7]).isInstanceOf(Double.class);
          welsh = true;
        }
      }
      assertThat(welsh).isTrue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonObject yearFigures(JsonObject figures, String csp) {
    return figures.getJsonArray("csps").stream()
        .map(JsonObject.class::cast)
        .filter(row -> row.getString("cspCode").equals(csp))
        .findFirst()
        .orElseThrow();
  }

  private byte[] download(String path, String type) {
    try {
      java.net.http.HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  api().request(path, null).GET().build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).contains(type);
      assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
          .contains("attachment");
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  @Test
  void anApplicationIsSharedWithTheVictimsLandlordAndWithContactDetailsOnlyByConsent() {
    long first = landlord("Cam Homes " + System.nanoTime());
    long second = landlord("Mill Road Housing " + System.nanoTime());
    String withLandlord =
        application("PHONE", null, "Lana Tenant")
            .replace("}", ",\"socialLandlordId\":" + second + ",\"contactSharingConsent\":true}");
    JsonObject created = record(withLandlord);
    String ref = created.getString("reference");
    assertThat(created.getBoolean("contactSharingConsent")).isTrue();
    assertThat(created.getString("socialLandlordName")).startsWith("Mill Road Housing");

    List<JsonObject> shared = sharedItems(ref);
    assertThat(shared)
        .extracting(item -> item.getString("organisationName"))
        .contains("NHS Cambridgeshire and Peterborough Integrated Care Board")
        .anyMatch(name -> name.startsWith("Mill Road Housing"))
        .noneMatch(name -> name.startsWith("Cam Homes"));
    assertThat(shared).hasSize(4);
    JsonObject toLandlord =
        shared.stream()
            .filter(item -> item.getString("organisationName").startsWith("Mill Road Housing"))
            .findFirst()
            .orElseThrow();
    assertThat(toLandlord.getString("queue")).isEqualTo("GENERAL");
    assertThat(
            ok(api().get("api/v1/work-items/" + toLandlord.getJsonNumber("id"), Api.COORDINATOR))
                .getString("details"))
        .contains("agreed that their contact details may be shared")
        .contains("Lana Tenant")
        .contains("victim@example.invalid");

    // without consent and without a landlord: three bodies, no contact details
    String plain = record(application("PHONE", null, "Nora Private")).getString("reference");
    List<JsonObject> plainShared = sharedItems(plain);
    assertThat(plainShared).hasSize(3);
    assertThat(
            ok(api()
                    .get(
                        "api/v1/work-items/" + plainShared.get(0).getJsonNumber("id"),
                        Api.COORDINATOR))
                .getString("details"))
        .doesNotContain("Nora Private")
        .doesNotContain("victim@example.invalid");

    // a landlord that is not one of the partnership's members is refused, and nothing is recorded
    long before = sharedCount();
    for (String landlord : List.of("999999", String.valueOf(first + 100000))) {
      Api.Reply refused =
          api()
              .postJson(
                  "api/v1/case-reviews",
                  Api.COORDINATOR,
                  application("PHONE", null, "Rex Refused")
                      .replace("}", ",\"socialLandlordId\":" + landlord + "}"));
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().getString("message")).contains("not one of Cambridge");
    }
    Api.Reply elsewhere =
        api()
            .postJson(
                "api/v1/case-reviews",
                Api.ADMIN,
                application("E22000014", "PHONE", null, "Hal Elsewhere")
                    .replace("}", ",\"socialLandlordId\":" + first + "}"));
    assertThat(elsewhere.status()).isIn(403, 404, 422);
    assertThat(sharedCount()).isEqualTo(before);
  }

  /** Adds a social landlord to Cambridge as a participating member; returns its organisation id. */
  private long landlord(String name) {
    JsonObject csp =
        ok(
            api()
                .postJson(
                    "api/v1/csps/" + CAMBRIDGE + "/members",
                    Api.ADMIN,
                    "{\"type\":\"REGISTERED_PROVIDER\",\"name\":\""
                        + name
                        + "\",\"role\":\"PARTICIPATING\"}"));
    return csp.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("organisationId")
        .longValue();
  }

  private static final String SHARED =
      "api/v1/work-items?view=csp&type=CASE_APPLICATION_SHARED&size=500&sort=updated&dir=desc";

  private List<JsonObject> sharedItems(String ref) {
    return ok(api().get(SHARED, Api.COORDINATOR))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(item -> item.getString("itemType").equals("CASE_APPLICATION_SHARED"))
        .filter(item -> item.getString("title").contains(ref))
        .toList();
  }

  private long sharedCount() {
    return ok(api().get(SHARED, Api.COORDINATOR)).getJsonNumber("total").longValue();
  }

  private static String path(String ref) {
    return "api/v1/case-reviews/" + ref;
  }

  private static String application(String channel, String receivedOn, String victim) {
    return application(CAMBRIDGE, channel, receivedOn, victim);
  }

  private static String application(String csp, String channel, String receivedOn, String victim) {
    return "{\"csp\":\""
        + csp
        + "\",\"channel\":\""
        + channel
        + "\""
        + (receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\"")
        + ",\"victimType\":\"PERSON\",\"victimName\":\""
        + victim
        + "\",\"victimEmail\":\"victim@example.invalid\",\"address\":\"1 Mill Road, Cambridge\","
        + "\"postcode\":\"CB1 2AB\",\"applicantIsVictim\":true,\"language\":\"en\","
        + "\"contactMethod\":\"POST\",\"accessibilityNeeds\":\"Large print letters\","
        + "\"description\":\"Noise and threats from the flat above, most nights.\","
        + "\"location\":\"Mill Road\"}";
  }

  private JsonObject record(String json) {
    return record(json, Api.COORDINATOR);
  }

  private JsonObject record(String json, String login) {
    Api.Reply reply = api().postJson("api/v1/case-reviews", login, json);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  private static String complaintJson(String incident, String reported, String agency) {
    return "{\"incidentDate\":\""
        + incident
        + "\",\"reportedOn\":\""
        + reported
        + "\",\"agency\":\""
        + agency
        + "\",\"agencyReference\":\"REF-"
        + incident
        + "\"}";
  }

  private JsonObject complaint(String ref, String incident, String reported, String agency) {
    return complaint(ref, incident, reported, agency, Api.COORDINATOR);
  }

  private JsonObject complaint(
      String ref, String incident, String reported, String agency, String login) {
    Api.Reply reply =
        api().postJson(path(ref) + "/complaints", login, complaintJson(incident, reported, agency));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getJsonObject("threshold");
  }

  private static String outcomeOf(JsonObject threshold, String reportedOn) {
    return threshold.getJsonArray("complaints").stream()
        .map(JsonObject.class::cast)
        .filter(line -> line.getString("reportedOn").equals(reportedOn))
        .findFirst()
        .orElseThrow()
        .getString("outcome");
  }

  private String recommendation(String ref, String body, String text, String due) {
    return "{\"version\":"
        + get(ref, Api.COORDINATOR).getInt("version")
        + ",\"body\":\""
        + body
        + "\",\"text\":\""
        + text
        + "\",\"dueOn\":\""
        + due
        + "\"}";
  }

  private static long recommendationItem(JsonObject detail, String body) {
    return detail.getJsonArray("recommendations").stream()
        .map(JsonObject.class::cast)
        .filter(line -> line.getString("targetBody").equals(body))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("workItemId")
        .longValue();
  }

  private void act(long item, String action, String login, String body) {
    Api.Reply reply =
        api().postJson("api/v1/work-items/" + item + "/actions/" + action, login, body);
    assertThat(reply.status()).as(reply.body()).isIn(200, 204);
  }

  private String pdfText(String ref, long letter, String login) {
    java.net.http.HttpResponse<byte[]> response;
    try {
      response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  api().request(path(ref) + "/letters/" + letter, login).GET().build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(response.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JsonObject get(String ref, String login) {
    return ok(api().get(path(ref), login));
  }

  private String version(String ref) {
    return "{\"version\":" + get(ref, Api.COORDINATOR).getInt("version") + "}";
  }

  private long rows(String table) {
    return ok(api().get("api/v1/test/rows/" + table, Api.ADMIN)).getJsonNumber("rows").longValue();
  }

  private static JsonObject ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
    return reply.json();
  }
}
