package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
 * PCC–CSP accountability over the API on Payara Micro: a submission from draft to sign-off with its
 * checklist, feedback and a recommendation answered by the partnership; a return for changes that
 * keeps the version sent; bad documents refused with nothing stored; illegal and stale actions;
 * scoping (a reviewer of another force, a coordinator of another CSP); the calendar, the grant
 * register and the dashboards. The clock is fixed; each test clears the CSP's submissions of the
 * year it uses, so the class runs again on a shared database. The browser tests use the current
 * financial year; these use 2025–26.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountabilityIT {

  private static final String CAMBRIDGE = "E22000013";
  private static final String EAST_CAMBS = "E22000014";
  private static final String CAMBRIDGESHIRE = "E23000023";
  private static final int YEAR = 2025;
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  /** A reviewer of South Wales's policing body, and a coordinator of Cardiff. */
  private static final String OTHER_PCC = "swpcc:swpcc-test-2026";

  private static final String OTHER_COORDINATOR = "caerdydd:caerdydd-test-2026";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  @BeforeEach
  void arrange() {
    api().postJson("api/v1/test/clock?date=" + TODAY, Api.ADMIN, "{}");
    for (String csp : new String[] {CAMBRIDGE, EAST_CAMBS}) {
      assertThat(api().delete("api/v1/test/submissions/" + csp + "/" + YEAR, Api.ADMIN).status())
          .isEqualTo(200);
    }
    account(
        "swpcc",
        "{\"password\":\"swpcc-test-2026\",\"role\":\"PCC_REVIEWER\",\"orgType\":\"POLICING_BODY\","
            + "\"area\":\"W15000003\"}");
    account(
        "caerdydd",
        "{\"password\":\"caerdydd-test-2026\",\"role\":\"CSP_COORDINATOR\","
            + "\"orgType\":\"PARTNERSHIP\",\"area\":\"W14000015\",\"language\":\"cy\"}");
    // the annual report of 2025-26 is due at the end of January 2026
    Api.Reply due =
        api()
            .putJson(
                "api/v1/submissions/calendar/" + CAMBRIDGESHIRE + "/" + YEAR + "/ANNUAL_REPORT",
                Api.PCC,
                "{\"dueOn\":\"2026-01-31\"}");
    assertThat(due.status()).as(due.body()).isEqualTo(200);
    assertThat(due.jsonValue().asJsonArray()).hasSize(1);
  }

  @AfterEach
  void releaseTheClock() {
    api().postJson("api/v1/test/clock?date=", Api.ADMIN, "{}");
  }

  // ---- the path ------------------------------------------------------------------------------

  @Test
  void anAnnualReportGoesFromDraftToSignOffAndItsRecommendationIsAnswered() {
    long id = draft(CAMBRIDGE, "ANNUAL_REPORT", "Annual report to the commissioner");
    JsonObject detail = ok(api().get(path(id), Api.COORDINATOR));
    assertThat(detail.getJsonObject("summary").getString("state")).isEqualTo("DRAFT");
    assertThat(detail.getJsonObject("summary").getString("dueOn")).isEqualTo("2026-01-31");
    assertThat(detail.getJsonObject("summary").getString("timeliness")).isEqualTo("DUE");
    // a reviewer does not see a draft
    assertThat(api().get(path(id), Api.PCC).status()).isEqualTo(404);

    prepare(id);
    submit(id);
    detail = ok(api().get(path(id), Api.COORDINATOR));
    assertThat(detail.getJsonObject("summary").getString("state")).isEqualTo("SUBMITTED");
    assertThat(detail.getJsonObject("summary").getString("timeliness")).isEqualTo("ON_TIME");
    assertThat(detail.getString("reviewState")).isEqualTo("RECEIVED");
    long reviewItem = detail.getJsonNumber("reviewItemId").longValue();

    // the review is in the policing body's submissions queue
    JsonObject item = ok(api().get("api/v1/work-items/" + reviewItem, Api.PCC));
    assertThat(item.getString("itemType")).isEqualTo("SUBMISSION_REVIEW");
    assertThat(item.getString("queue")).isEqualTo("SUBMISSIONS");
    assertThat(item.getString("subjectRef")).isEqualTo("submission:" + id);
    JsonObject listed =
        ok(api().get("api/v1/submissions?csp=" + CAMBRIDGE + "&year=" + YEAR, Api.PCC));
    assertThat(listed.getJsonNumber("total").longValue()).isEqualTo(1);

    // the reviewer may not do anything before claiming it
    assertThat(
            act(
                    id,
                    "feedback",
                    Api.PCC,
                    "{\"version\":" + version(id, Api.PCC) + ",\"text\":\"x\"}")
                .status())
        .isEqualTo(422);
    ok(act(id, "claim", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}"));
    detail = ok(api().get(path(id), Api.PCC));
    assertThat(detail.getJsonObject("summary").getString("state")).isEqualTo("IN_REVIEW");
    assertThat(detail.getJsonObject("may").getBoolean("review")).isTrue();
    JsonArray checks = detail.getJsonArray("checks");
    assertThat(checks).hasSizeGreaterThanOrEqualTo(5);

    // sign-off is refused without feedback and with the checklist unfinished
    Api.Reply early = act(id, "sign-off", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}");
    assertThat(early.status()).as(early.body()).isEqualTo(422);
    assertThat(early.body()).contains("feedback");
    ok(
        act(
            id,
            "feedback",
            Api.PCC,
            "{\"version\":"
                + version(id, Api.PCC)
                + ",\"text\":\"A clear report; the ASB section is thin.\"}"));
    Api.Reply unfinished =
        act(id, "sign-off", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}");
    assertThat(unfinished.status()).isEqualTo(422);
    assertThat(unfinished.body()).contains("checklist");
    for (JsonValue check : checks) {
      ok(
          act(
              id,
              "answer",
              Api.PCC,
              "{\"check\":"
                  + check.asJsonObject().getJsonNumber("checkId")
                  + ",\"answer\":\"MET\",\"note\":\"seen\"}"));
    }
    // an answer that is not one of the findings is refused by name
    assertThat(
            act(
                    id,
                    "answer",
                    Api.PCC,
                    "{\"check\":"
                        + checks.getJsonObject(0).getJsonNumber("checkId")
                        + ",\"answer\":\"MAYBE\"}")
                .status())
        .isEqualTo(400);

    // a recommendation due in the past is refused; one due later goes to the partnership
    assertThat(
            act(
                    id,
                    "recommend",
                    Api.PCC,
                    "{\"text\":\"Report on ASB case reviews\",\"dueOn\":\"2026-01-01\"}")
                .status())
        .isEqualTo(422);
    JsonObject recommended =
        ok(
            act(
                id,
                "recommend",
                Api.PCC,
                "{\"text\":\"Report the ASB case review figures each quarter\",\"dueOn\":\"2026-03-31\"}"));
    JsonObject recommendation = recommended.getJsonArray("recommendations").getJsonObject(0);
    assertThat(recommendation.getString("itemState")).isEqualTo("ROUTED");
    long recommendationItem = recommendation.getJsonNumber("workItemId").longValue();
    JsonObject routed = ok(api().get("api/v1/work-items/" + recommendationItem, Api.COORDINATOR));
    assertThat(routed.getString("itemType")).isEqualTo("PCC_RECOMMENDATION");
    assertThat(routed.getString("queue")).isEqualTo("PCC_RECOMMENDATIONS");
    assertThat(routed.getString("dueOn")).isEqualTo("2026-03-31");

    // the partnership reads the review only once it is signed off
    assertThat(ok(api().get(path(id), Api.COORDINATOR)).getJsonArray("checks")).isEmpty();
    JsonObject signed =
        ok(act(id, "sign-off", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}"));
    assertThat(signed.getJsonObject("summary").getString("state")).isEqualTo("SIGNED_OFF");
    assertThat(signed.getString("reviewState")).isEqualTo("SIGNED_OFF");
    JsonObject read = ok(api().get(path(id), Api.COORDINATOR));
    assertThat(read.getString("feedback")).contains("ASB section is thin");
    assertThat(read.getJsonArray("checks")).hasSameSizeAs(checks);

    // the partnership accepts the recommendation, saying what it will do
    ok(
        api()
            .postJson(
                "api/v1/work-items/" + recommendationItem + "/actions/ACCEPT",
                Api.COORDINATOR,
                "{\"reason\":\"The quarterly report will carry the figures from April\"}"));
    JsonObject answered =
        ok(api().get(path(id), Api.PCC)).getJsonArray("recommendations").getJsonObject(0);
    assertThat(answered.getString("response")).isEqualTo("ACCEPTED");
    assertThat(answered.getString("responseText")).contains("quarterly report");

    // the dashboard: Cambridge on time, one closed recommendation, none open
    JsonObject board =
        ok(api().get("api/v1/dashboards/pfa/" + CAMBRIDGESHIRE + "?year=" + YEAR, Api.PCC));
    JsonObject cambridge = line(board, CAMBRIDGE);
    assertThat(cambridge.getInt("onTime")).isEqualTo(1);
    assertThat(cambridge.getInt("closedRecommendations")).isEqualTo(1);
    assertThat(cambridge.getInt("openRecommendations")).isZero();
    assertThat(cambridge.getJsonArray("statuses").getJsonObject(0).getString("timeliness"))
        .isEqualTo("ON_TIME");
    // East Cambridgeshire sent nothing: not yet due on the 15th, overdue after the 31st
    assertThat(line(board, EAST_CAMBS).getInt("due")).isEqualTo(1);
    api().postJson("api/v1/test/clock?date=2026-02-02", Api.ADMIN, "{}");
    board = ok(api().get("api/v1/dashboards/pfa/" + CAMBRIDGESHIRE + "?year=" + YEAR, Api.PCC));
    assertThat(line(board, EAST_CAMBS).getInt("overdue")).isEqualTo(1);
    assertThat(line(board, CAMBRIDGE).getInt("onTime")).isEqualTo(1);
  }

  @Test
  void aReturnedSubmissionKeepsTheVersionItWasSentIn() {
    long id = draft(CAMBRIDGE, "ANNUAL_REPORT", "Annual report, first go");
    prepare(id);
    submit(id);
    ok(act(id, "claim", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}"));
    assertThat(act(id, "return", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}").status())
        .isEqualTo(422);
    ok(
        act(
            id,
            "return",
            Api.PCC,
            "{\"version\":"
                + version(id, Api.PCC)
                + ",\"reason\":\"Add the serious violence duty\"}"));
    JsonObject returned = ok(api().get(path(id), Api.COORDINATOR));
    assertThat(returned.getJsonObject("summary").getString("state")).isEqualTo("RETURNED");
    assertThat(returned.getString("returnReason")).isEqualTo("Add the serious violence duty");
    JsonArray versions = returned.getJsonArray("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.getJsonObject(0).getString("submittedAt")).isNotBlank();
    assertThat(versions.getJsonObject(1).isNull("submittedAt")).isTrue();
    // the new version starts as a copy; its documents are chosen again
    assertThat(versions.getJsonObject(1).getString("summary")).contains("A year of partnership");
    assertThat(versions.getJsonObject(1).getJsonArray("documents")).isEmpty();

    ok(
        api()
            .putJson(
                path(id),
                Api.COORDINATOR,
                "{\"version\":"
                    + returned.getJsonNumber("version")
                    + ",\"title\":\"Annual report, second go\",\"summary\":\"Now with the serious violence duty.\","
                    + "\"priorities\":[\"ASB\",\"Serious violence\"]}"));
    ok(api().upload(path(id) + "/documents", Api.COORDINATOR, "report-v2.pdf", pdf()));
    submit(id);
    JsonObject resubmitted = ok(api().get(path(id), Api.PCC));
    assertThat(resubmitted.getJsonObject("summary").getString("state")).isEqualTo("SUBMITTED");
    assertThat(resubmitted.getString("reviewState")).isEqualTo("RECEIVED");
    JsonObject first = resubmitted.getJsonArray("versions").getJsonObject(0);
    assertThat(first.getString("summary")).isEqualTo("A year of partnership work.");
    assertThat(first.getJsonArray("documents")).hasSize(1);
    assertThat(resubmitted.getJsonArray("versions").getJsonObject(1).getJsonArray("priorities"))
        .hasSize(2);
    // a sent version cannot be edited
    Api.Reply edit =
        api()
            .putJson(
                path(id),
                Api.COORDINATOR,
                "{\"version\":" + resubmitted.getJsonNumber("version") + ",\"title\":\"Changed\"}");
    assertThat(edit.status()).isEqualTo(422);
    // both versions' documents stay readable
    long firstDocument =
        first.getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
    Api.Reply download = api().get(path(id) + "/documents/" + firstDocument, Api.PCC);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).startsWith("application/pdf");
  }

  // ---- bad input -----------------------------------------------------------------------------

  @Test
  void badDocumentsAreRefusedAndNothingIsStored() throws IOException {
    long id = draft(CAMBRIDGE, "STRATEGIC_ASSESSMENT_SUMMARY", "Strategic assessment summary");
    String documents = path(id) + "/documents";
    Api.Reply wrongType =
        api()
            .upload(
                documents,
                Api.COORDINATOR,
                "tool.exe",
                "MZ binary".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(wrongType.status()).isEqualTo(422);
    assertThat(wrongType.body()).contains("PDF, Word (.docx) or OpenDocument");
    Api.Reply lying =
        api()
            .upload(
                documents,
                Api.COORDINATOR,
                "report.pdf",
                "just text".getBytes(StandardCharsets.UTF_8));
    assertThat(lying.status()).isEqualTo(422);
    assertThat(lying.body()).contains("do not match");
    // a spreadsheet renamed to .docx is a zip, but not a Word document
    Api.Reply spreadsheet =
        api()
            .upload(
                documents, Api.COORDINATOR, "report.docx", zip("xl/workbook.xml", "<workbook/>"));
    assertThat(spreadsheet.status()).isEqualTo(422);
    Api.Reply fakeOdt =
        api()
            .upload(
                documents,
                Api.COORDINATOR,
                "report.odt",
                zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
    assertThat(fakeOdt.status()).isEqualTo(422);
    byte[] large = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), 0, large, 0, 8);
    Api.Reply tooLarge = api().upload(documents, Api.COORDINATOR, "huge.pdf", large);
    assertThat(tooLarge.status()).isEqualTo(422);
    assertThat(tooLarge.body()).contains("10 MB");
    assertThat(api().upload(documents, Api.COORDINATOR, null, new byte[0]).status()).isIn(400, 422);
    assertThat(current(id).getJsonArray("documents")).isEmpty();

    // real Word and OpenDocument files are taken
    ok(
        api()
            .upload(
                documents,
                Api.COORDINATOR,
                "assessment.docx",
                zip("word/document.xml", "<w:document/>")));
    ok(
        api()
            .upload(
                documents,
                Api.COORDINATOR,
                "assessment.odt",
                zip("mimetype", "application/vnd.oasis.opendocument.text")));
    JsonArray stored = current(id).getJsonArray("documents");
    assertThat(stored).hasSize(2);
    assertThat(stored.getJsonObject(0).getString("contentType")).contains("wordprocessingml");
    // removing one leaves the other
    ok(
        api()
            .delete(
                documents + "/" + stored.getJsonObject(0).getJsonNumber("id"), Api.COORDINATOR));
    assertThat(current(id).getJsonArray("documents")).hasSize(1);
  }

  @Test
  void illegalAndStaleActionsAreRefusedAndChangeNothing() {
    long id = draft(CAMBRIDGE, "ANNUAL_REPORT", "Annual report");
    // one annual report a year
    Api.Reply duplicate =
        api()
            .postJson(
                "api/v1/submissions",
                Api.COORDINATOR,
                "{\"csp\":\""
                    + CAMBRIDGE
                    + "\",\"type\":\"ANNUAL_REPORT\",\"year\":"
                    + YEAR
                    + ",\"title\":\"Again\"}");
    assertThat(duplicate.status()).isEqualTo(422);
    // nothing to send yet: no summary, no document
    Api.Reply empty =
        act(id, "submit", Api.COORDINATOR, "{\"version\":" + version(id, Api.COORDINATOR) + "}");
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.body()).contains("summary");
    prepare(id);
    // a stale version is refused with a conflict
    Api.Reply stale = act(id, "submit", Api.COORDINATOR, "{\"version\":0}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(ok(api().get(path(id), Api.COORDINATOR)).getJsonObject("summary").getString("state"))
        .isEqualTo("DRAFT");
    // an unknown action, a missing version, and bad list parameters are refused by name
    assertThat(act(id, "publish", Api.COORDINATOR, "{}").status()).isEqualTo(400);
    assertThat(act(id, "submit", Api.COORDINATOR, "{}").status()).isEqualTo(400);
    assertThat(api().get("api/v1/submissions?type=ESSAY", Api.COORDINATOR).status()).isEqualTo(400);
    assertThat(api().get("api/v1/submissions?year=next", Api.COORDINATOR).status()).isEqualTo(400);
    // a coordinator cannot review, a reviewer cannot submit
    submit(id);
    assertThat(
            act(id, "claim", Api.COORDINATOR, "{\"version\":" + version(id, Api.COORDINATOR) + "}")
                .status())
        .isEqualTo(403);
    assertThat(act(id, "submit", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}").status())
        .isEqualTo(403);
    // signing off without claiming: the workflow refuses it
    Api.Reply unclaimed =
        act(id, "sign-off", Api.PCC, "{\"version\":" + version(id, Api.PCC) + "}");
    assertThat(unclaimed.status()).isEqualTo(422);
    // a bad calendar date is refused; the date set stays
    Api.Reply badDue =
        api()
            .putJson(
                "api/v1/submissions/calendar/" + CAMBRIDGESHIRE + "/" + YEAR + "/ANNUAL_REPORT",
                Api.PCC,
                "{\"dueOn\":\"2020-01-01\"}");
    assertThat(badDue.status()).isEqualTo(422);
    JsonArray dues =
        api()
            .get("api/v1/submissions/calendar/" + CAMBRIDGESHIRE + "/" + YEAR, Api.COORDINATOR)
            .jsonValue()
            .asJsonArray();
    assertThat(dues.getJsonObject(0).getString("dueOn")).isEqualTo("2026-01-31");
    // the coordinator reads the calendar but cannot set it
    assertThat(
            api()
                .putJson(
                    "api/v1/submissions/calendar/" + CAMBRIDGESHIRE + "/" + YEAR + "/ANNUAL_REPORT",
                    Api.COORDINATOR,
                    "{\"dueOn\":\"2026-02-28\"}")
                .status())
        .isEqualTo(403);
  }

  // ---- scoping -------------------------------------------------------------------------------

  @Test
  void nobodyOutsideTheForceAreaOrThePartnershipSeesItsSubmissions() {
    long id = draft(CAMBRIDGE, "ANNUAL_REPORT", "Annual report");
    prepare(id);
    submit(id);
    assertThat(api().get(path(id), OTHER_PCC).status()).isEqualTo(404);
    assertThat(api().get(path(id), OTHER_COORDINATOR).status()).isEqualTo(404);
    assertThat(api().get(path(id), Api.PARTNER).status()).isEqualTo(403);
    assertThat(api().get(path(id), Api.ANALYST).status()).isEqualTo(403);
    assertThat(
            ok(api().get("api/v1/submissions?csp=" + CAMBRIDGE, OTHER_PCC))
                .getJsonNumber("total")
                .longValue())
        .isZero();
    assertThat(act(id, "claim", OTHER_PCC, "{\"version\":" + version(id, Api.PCC) + "}").status())
        .isEqualTo(404);
    // nor the force area's dashboard, calendar or grants
    assertThat(api().get("api/v1/dashboards/pfa/" + CAMBRIDGESHIRE, OTHER_PCC).status())
        .isEqualTo(404);
    assertThat(
            api()
                .putJson(
                    "api/v1/submissions/calendar/" + CAMBRIDGESHIRE + "/" + YEAR + "/ANNUAL_REPORT",
                    OTHER_PCC,
                    "{\"dueOn\":\"2026-02-28\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            api().postJson("api/v1/grants", OTHER_PCC, grant(CAMBRIDGE, "1000.00", null)).status())
        .isEqualTo(404);
    // the other force's own dashboard answers, without Cambridge in it
    JsonObject own = ok(api().get("api/v1/dashboards/pfa/W15000003?year=" + YEAR, OTHER_PCC));
    assertThat(own.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("code")))
        .doesNotContain(CAMBRIDGE);
    assertThat(api().get("api/v1/dashboards/national", Api.PCC).status()).isEqualTo(403);
  }

  // ---- grants and dashboards -----------------------------------------------------------------

  @Test
  void theGrantRegisterRecordsGrantsAndTheirMonitoringReturns() {
    Api.Reply created =
        api().postJson("api/v1/grants", Api.PCC, grant(CAMBRIDGE, "25000.00", "2026-03-31"));
    JsonObject grant = ok(created);
    assertThat(created.status()).isEqualTo(201);
    assertThat(grant.getString("bodyName")).contains("Cambridgeshire");
    long grantId = grant.getJsonNumber("id").longValue();
    // bad grants: no amount, repaid more than given, a CSP of another force, monitoring before
    // award
    assertThat(api().postJson("api/v1/grants", Api.PCC, grant(CAMBRIDGE, null, null)).status())
        .isEqualTo(400);
    assertThat(api().postJson("api/v1/grants", Api.PCC, grant("W22000001", "10.00", null)).status())
        .isIn(404, 422);
    assertThat(
            api()
                .postJson("api/v1/grants", Api.PCC, grant(CAMBRIDGE, "10.00", "2025-01-01"))
                .status())
        .isEqualTo(422);
    assertThat(
            api()
                .postJson("api/v1/grants", Api.COORDINATOR, grant(CAMBRIDGE, "10.00", null))
                .status())
        .isEqualTo(403);
    // a repayment, then a stale change
    String repaid =
        grant(CAMBRIDGE, "25000.00", "2026-03-31")
            .replace(
                "}",
                ",\"repaidAmount\":2500.00,\"repaymentNote\":\"Underspend\",\"version\":"
                    + grant.getJsonNumber("version")
                    + "}");
    JsonObject changed = ok(api().putJson("api/v1/grants/" + grantId, Api.PCC, repaid));
    assertThat(changed.getJsonNumber("repaidAmount").doubleValue()).isEqualTo(2500.0);
    assertThat(api().putJson("api/v1/grants/" + grantId, Api.PCC, repaid).status()).isEqualTo(409);
    assertThat(
            api()
                .putJson("api/v1/grants/" + grantId, Api.PCC, repaid.replace("2500.00", "30000.00"))
                .status())
        .isIn(409, 422);

    // read by the force area's coordinators and nationally; filtered by year
    JsonObject listed =
        ok(api().get("api/v1/grants?pfa=" + CAMBRIDGESHIRE + "&year=" + YEAR, Api.COORDINATOR));
    assertThat(listed.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(
            ok(api().get("api/v1/grants?year=" + YEAR, Api.ANALYST))
                .getJsonNumber("total")
                .longValue())
        .isGreaterThanOrEqualTo(1);
    assertThat(
            ok(api().get("api/v1/grants?pfa=" + CAMBRIDGESHIRE, OTHER_COORDINATOR))
                .getJsonNumber("total")
                .longValue())
        .isZero();
    assertThat(api().get("api/v1/grants?year=soon", Api.PCC).status()).isEqualTo(400);

    // its monitoring return is a submission tied to it, due when the grant says
    Api.Reply noGrant =
        api()
            .postJson(
                "api/v1/submissions",
                Api.COORDINATOR,
                "{\"csp\":\""
                    + CAMBRIDGE
                    + "\",\"type\":\"GRANT_MONITORING_RETURN\",\"year\":"
                    + YEAR
                    + ",\"title\":\"Return\"}");
    assertThat(noGrant.status()).isEqualTo(422);
    JsonObject monitoring =
        ok(
            api()
                .postJson(
                    "api/v1/submissions",
                    Api.COORDINATOR,
                    "{\"csp\":\""
                        + CAMBRIDGE
                        + "\",\"type\":\"GRANT_MONITORING_RETURN\",\"year\":"
                        + YEAR
                        + ",\"title\":\"How the grant was spent\",\"grant\":"
                        + grantId
                        + "}"));
    assertThat(monitoring.getJsonObject("summary").getString("dueOn")).isEqualTo("2026-03-31");
    assertThat(monitoring.getString("grantRecipient"))
        .isEqualTo("Cambridge Community Safety Partnership");

    // the dashboard counts the grant; the national one sums it into the force area, with no names
    JsonObject board =
        ok(api().get("api/v1/dashboards/pfa/" + CAMBRIDGESHIRE + "?year=" + YEAR, Api.PCC));
    assertThat(line(board, CAMBRIDGE).getInt("grants")).isEqualTo(1);
    assertThat(line(board, CAMBRIDGE).getJsonNumber("grantAmount").doubleValue())
        .isEqualTo(25000.0);
    JsonObject national = ok(api().get("api/v1/dashboards/national?year=" + YEAR, Api.ANALYST));
    JsonObject area = line(national, CAMBRIDGESHIRE);
    assertThat(area.getJsonNumber("grantAmount").doubleValue()).isGreaterThanOrEqualTo(25000.0);
    assertThat(national.getJsonArray("lines").size()).isGreaterThanOrEqualTo(40);
    assertThat(national.toString()).doesNotContain("Cambridge Community Safety Partnership");
  }

  // ---- changes of governance -----------------------------------------------------------------

  @Test
  void whenPccFunctionsPassToAMayorTheOpenWorkMovesAndItsHistoryKeepsTheOldBody() {
    String norfolk = "E23000024";
    String breckland = "E22000218";
    assertThat(
            api()
                .delete("api/v1/test/governance/" + norfolk + "/AccountabilityIT", Api.ADMIN)
                .status())
        .isEqualTo(200);
    assertThat(
            api().delete("api/v1/test/submissions/" + breckland + "/" + YEAR, Api.ADMIN).status())
        .isEqualTo(200);
    account(
        "brecklandcoord",
        "{\"password\":\"breckland-test-2026\",\"role\":\"CSP_COORDINATOR\",\"orgType\":\"PARTNERSHIP\",\"area\":\""
            + breckland
            + "\"}");
    account(
        "norfolkpcc",
        "{\"password\":\"norfolk-test-2026\",\"role\":\"PCC_REVIEWER\",\"orgType\":\"POLICING_BODY\",\"area\":\""
            + norfolk
            + "\"}");
    String coordinator = "brecklandcoord:breckland-test-2026";
    String oldReviewer = "norfolkpcc:norfolk-test-2026";

    // a submission under review by the commissioner, with a recommendation sent to the partnership
    Api.Reply created =
        api()
            .postJson(
                "api/v1/submissions",
                coordinator,
                "{\"csp\":\""
                    + breckland
                    + "\",\"type\":\"ANNUAL_REPORT\",\"year\":"
                    + YEAR
                    + ",\"title\":\"Breckland annual report\"}");
    long id = ok(created).getJsonObject("summary").getJsonNumber("id").longValue();
    ok(
        api()
            .putJson(
                path(id),
                coordinator,
                "{\"version\":"
                    + version(id, coordinator)
                    + ",\"title\":\"Breckland annual report\",\"summary\":\"Our year.\"}"));
    ok(api().upload(path(id) + "/documents", coordinator, "report.pdf", pdf()));
    ok(act(id, "submit", coordinator, "{\"version\":" + version(id, coordinator) + "}"));
    ok(act(id, "claim", oldReviewer, "{\"version\":" + version(id, oldReviewer) + "}"));
    JsonObject recommended =
        ok(
            act(
                id,
                "recommend",
                oldReviewer,
                "{\"text\":\"Publish the plan\",\"dueOn\":\"2026-03-31\"}"));
    long review = recommended.getJsonNumber("reviewItemId").longValue();
    long recommendation =
        recommended
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("workItemId")
            .longValue();
    String oldBody =
        ok(api().get("api/v1/work-items/" + review, oldReviewer)).getString("organisationName");

    // refused: a future day, a coordinator, an unknown area, a day before the body took office
    String transfer = "api/v1/police-force-areas/" + norfolk + "/governance-transfers";
    String mayor =
        "{\"bodyName\":\"Mayor of Norfolk (test)\",\"type\":\"MAYOR\",\"effectiveOn\":\"%s\",\"source\":\"AccountabilityIT\"}";
    assertThat(api().postJson(transfer, Api.ADMIN, mayor.formatted("2026-06-01")).status())
        .isEqualTo(422);
    assertThat(api().postJson(transfer, Api.ADMIN, mayor.formatted("2010-06-01")).status())
        .isEqualTo(422);
    assertThat(api().postJson(transfer, Api.COORDINATOR, mayor.formatted(TODAY)).status())
        .isEqualTo(403);
    assertThat(
            api()
                .postJson(
                    "api/v1/police-force-areas/E23999999/governance-transfers",
                    Api.ADMIN,
                    mayor.formatted(TODAY))
                .status())
        .isEqualTo(404);
    assertThat(api().postJson(transfer, Api.ADMIN, mayor.formatted("someday")).status())
        .isEqualTo(400);
    assertThat(
            ok(api().get("api/v1/work-items/" + review, oldReviewer)).getString("organisationName"))
        .isEqualTo(oldBody);

    JsonObject outcome = ok(api().postJson(transfer, Api.ADMIN, mayor.formatted(TODAY)));
    assertThat(outcome.getString("fromName")).isEqualTo(oldBody);
    assertThat(outcome.getString("toName")).isEqualTo("Mayor of Norfolk (test)");
    assertThat(outcome.getInt("movedItems")).isGreaterThanOrEqualTo(2);
    // again: the mayor already holds them
    assertThat(api().postJson(transfer, Api.ADMIN, mayor.formatted(TODAY)).status()).isEqualTo(422);

    // the review is in the mayor's submissions queue, unassigned; its history keeps the
    // commissioner
    JsonObject moved = ok(api().get("api/v1/work-items/" + review, Api.ADMIN));
    assertThat(moved.getString("organisationName")).isEqualTo("Mayor of Norfolk (test)");
    assertThat(moved.getString("queue")).isEqualTo("SUBMISSIONS");
    assertThat(moved.isNull("assigneeId")).isTrue();
    assertThat(moved.getJsonArray("history").toString())
        .contains(oldBody)
        .contains("PCC functions passed from " + oldBody + " to Mayor of Norfolk (test)");
    JsonObject sent = ok(api().get("api/v1/work-items/" + recommendation, Api.ADMIN));
    assertThat(sent.getString("senderName")).isEqualTo("Mayor of Norfolk (test)");

    // the commissioner's reviewer no longer sees the area's work; the mayor's does, and carries on
    assertThat(api().get("api/v1/work-items/" + review, oldReviewer).status()).isEqualTo(404);
    assertThat(api().get(path(id), oldReviewer).status()).isEqualTo(404);
    account(
        "norfolkmayor",
        "{\"password\":\"mayor-test-2026\",\"role\":\"PCC_REVIEWER\",\"orgType\":\"POLICING_BODY\",\"area\":\""
            + norfolk
            + "\"}");
    String newReviewer = "norfolkmayor:mayor-test-2026";
    ok(act(id, "claim", newReviewer, "{\"version\":" + version(id, newReviewer) + "}"));
    assertThat(ok(api().get(path(id), newReviewer)).getJsonObject("may").getBoolean("review"))
        .isTrue();
    assertThat(
            ok(api().get("api/v1/dashboards/pfa/" + norfolk + "?year=" + YEAR, newReviewer))
                .getString("pfaCode"))
        .isEqualTo(norfolk);
    assertThat(api().get("api/v1/dashboards/pfa/" + norfolk, oldReviewer).status()).isEqualTo(404);
    // the force area's page names the mayor from today, the commissioner until yesterday
    assertThat(api().get("api/v1/police-force-areas/" + norfolk, Api.ADMIN).body())
        .contains("Mayor of Norfolk (test)");
    assertThat(
            api()
                .delete("api/v1/test/governance/" + norfolk + "/AccountabilityIT", Api.ADMIN)
                .status())
        .isEqualTo(200);
  }

  private List<Long> submissionIds(String query) {
    return ok(api().get("api/v1/submissions?size=500&" + query, Api.COORDINATOR))
        .getJsonArray("items")
        .stream()
        .map(s -> s.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  // ---- report requests (s7) ------------------------------------------------------------------

  @Test
  void aReportRequestPastItsDayEscalatesAndItsReplyIsPublished() throws Exception {
    String requests = "api/v1/report-requests";
    String body =
        "{\"csp\":\"%s\",\"subject\":\"Progress on the ASB action plan\",\"details\":\"Cover Q3\",\"dueOn\":\"%s\"}";
    // refused: a day not after today, a CSP of another force, a coordinator asking, no subject
    assertThat(api().postJson(requests, Api.PCC, body.formatted(CAMBRIDGE, TODAY)).status())
        .isEqualTo(422);
    assertThat(
            api().postJson(requests, Api.PCC, body.formatted("W22000031", "2026-01-22")).status())
        .isEqualTo(404);
    assertThat(
            api().postJson(requests, OTHER_PCC, body.formatted(CAMBRIDGE, "2026-01-22")).status())
        .isEqualTo(404);
    assertThat(
            api()
                .postJson(requests, Api.COORDINATOR, body.formatted(CAMBRIDGE, "2026-01-22"))
                .status())
        .isEqualTo(403);
    assertThat(
            api()
                .postJson(
                    requests,
                    Api.PCC,
                    "{\"csp\":\"" + CAMBRIDGE + "\",\"subject\":\" \",\"dueOn\":\"2026-01-22\"}")
                .status())
        .isEqualTo(422);

    JsonObject request =
        ok(api().postJson(requests, Api.PCC, body.formatted(CAMBRIDGE, "2026-01-22")));
    long requestId = request.getJsonNumber("id").longValue();
    long item = request.getJsonNumber("workItemId").longValue();
    assertThat(request.getString("itemState")).isEqualTo("ROUTED");
    JsonObject routed = ok(api().get("api/v1/work-items/" + item, Api.COORDINATOR));
    assertThat(routed.getString("itemType")).isEqualTo("REPORT_REQUEST");
    assertThat(routed.getString("queue")).isEqualTo("REPORT_REQUESTS");
    assertThat(routed.getString("dueOn")).isEqualTo("2026-01-22");
    assertThat(
            ok(api().get(requests + "?open=true&csp=" + CAMBRIDGE, Api.COORDINATOR))
                .getJsonArray("items")
                .stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()))
        .contains(requestId);
    assertThat(api().get(requests + "/" + requestId, OTHER_COORDINATOR).status()).isEqualTo(404);
    // the request cannot be marked answered by hand: only a reply answers it
    Api.Reply byHand =
        api().postJson("api/v1/work-items/" + item + "/actions/ANSWER", Api.COORDINATOR, "{}");
    assertThat(byHand.status()).isEqualTo(422);
    assertThat(byHand.body()).contains("sending the reply");

    // past its day it escalates to the partnership's chair
    api().postJson("api/v1/test/clock?date=2026-01-27", Api.ADMIN, "{}");
    api().postJson("api/v1/test/pass", Api.ADMIN, "{}");
    api().postJson("api/v1/test/pass", Api.ADMIN, "{}");
    JsonObject escalated = ok(api().get("api/v1/work-items/" + item, Api.COORDINATOR));
    assertThat(escalated.getString("sla")).isEqualTo("BREACHED");
    assertThat(escalated.getInt("escalationLevel")).isEqualTo(1);
    assertThat(escalated.getString("queue")).isEqualTo("CHAIR");

    // the reply: it must name the request; once sent, the request is answered and the report
    // published
    String reply =
        "{\"csp\":\""
            + CAMBRIDGE
            + "\",\"type\":\"REPORT_REQUEST_REPLY\",\"year\":"
            + YEAR
            + ",\"title\":\"ASB action plan: progress\"%s}";
    assertThat(api().postJson("api/v1/submissions", Api.COORDINATOR, reply.formatted("")).status())
        .isEqualTo(422);
    assertThat(
            api()
                .postJson(
                    "api/v1/submissions",
                    Api.COORDINATOR,
                    reply
                        .formatted(",\"request\":" + requestId)
                        .replace("REPORT_REQUEST_REPLY", "ANNUAL_REPORT"))
                .status())
        .isEqualTo(422);
    JsonObject draft =
        ok(
            api()
                .postJson(
                    "api/v1/submissions",
                    Api.COORDINATOR,
                    reply.formatted(",\"request\":" + requestId)));
    long id = draft.getJsonObject("summary").getJsonNumber("id").longValue();
    // a draft past the request's day: the home page and the list count it as overdue, not due
    assertThat(submissionIds("due=overdue&csp=" + CAMBRIDGE)).contains(id);
    assertThat(submissionIds("due=next-30-days&csp=" + CAMBRIDGE)).doesNotContain(id);
    assertThat(api().get("api/v1/submissions?due=someday", Api.COORDINATOR).status())
        .isEqualTo(400);
    PageSweep.Session coordinator = PageSweep.session(base.toURI());
    coordinator.signIn("coordinator", "coordinator-demo-2026");
    assertThat(coordinator.get("index.xhtml").body())
        .contains("past their due date")
        .contains("submission/submissions.xhtml?due=OVERDUE");
    assertThat(coordinator.get("submission/submissions.xhtml?due=OVERDUE").body())
        .contains("ASB action plan: progress");
    assertThat(draft.getJsonObject("summary").getString("dueOn")).isEqualTo("2026-01-22");
    assertThat(
            api()
                .postJson(
                    "api/v1/submissions",
                    Api.COORDINATOR,
                    reply.formatted(",\"request\":" + requestId))
                .status())
        .isEqualTo(422);
    // a draft reply is not published
    assertThat(publishedIds()).doesNotContain(id);
    prepare(id);
    submit(id);
    JsonObject answered = ok(api().get(requests + "/" + requestId, Api.PCC));
    assertThat(answered.getString("itemState")).isEqualTo("ANSWERED");
    assertThat(answered.getJsonNumber("replySubmissionId").longValue()).isEqualTo(id);
    assertThat(answered.getString("answeredOn")).isEqualTo("2026-01-27");
    JsonObject sent = ok(api().get(path(id), Api.PCC));
    assertThat(sent.getJsonObject("summary").getString("timeliness")).isEqualTo("LATE");

    // published without signing in, with its document; a draft's document is not
    Api.Reply published =
        api().get("api/v1/published/reports?pfa=" + CAMBRIDGESHIRE + "&size=200", null);
    assertThat(published.status()).isEqualTo(200);
    JsonObject report =
        published.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(report.getString("subject")).isEqualTo("Progress on the ASB action plan");
    assertThat(report.getString("receivedOn")).isEqualTo("2026-01-27");
    long document =
        report.getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
    Api.Reply file = api().get("api/v1/published/reports/" + id + "/documents/" + document, null);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).startsWith("%PDF-");
    long other = draft(CAMBRIDGE, "STRATEGIC_ASSESSMENT_SUMMARY", "Not published");
    ok(api().upload(path(other) + "/documents", Api.COORDINATOR, "draft.pdf", pdf()));
    long draftDocument =
        current(other).getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(
            api()
                .get("api/v1/published/reports/" + other + "/documents/" + draftDocument, null)
                .status())
        .isEqualTo(404);
    Api.Reply ods = api().get("api/v1/published/reports?format=ods&pfa=" + CAMBRIDGESHIRE, null);
    assertThat(ods.status()).isEqualTo(200);
    assertThat(ods.header("Content-Type")).contains("opendocument.spreadsheet");
    assertThat(api().get("api/v1/published/reports?format=doc", null).status()).isEqualTo(400);
    // answered: it cannot be withdrawn
    assertThat(
            api()
                .postJson(
                    requests + "/" + requestId + "/actions/withdraw", Api.PCC, "{\"reason\":\"x\"}")
                .status())
        .isEqualTo(422);
  }

  private java.util.List<Long> publishedIds() {
    return api()
        .get("api/v1/published/reports?size=500", null)
        .json()
        .getJsonArray("items")
        .stream()
        .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  // ---- meetings (reg 14A) --------------------------------------------------------------------

  @Test
  void aMeetingCallsEveryResponsibleAuthorityAndItsActionsGoToTheirOwners() {
    String call =
        "{\"csp\":\""
            + CAMBRIDGE
            + "\",\"title\":\"Reg 14A: ASB case reviews\",\"heldOn\":\"%s\",\"location\":\"Police HQ\",\"agenda\":\"1. Case review figures\\n2. Actions\"}";
    // refused: a day past, a coordinator, a reviewer of another force, no agenda
    assertThat(api().postJson("api/v1/meetings", Api.PCC, call.formatted("2026-01-01")).status())
        .isEqualTo(422);
    assertThat(api().postJson("api/v1/meetings", Api.COORDINATOR, call.formatted(TODAY)).status())
        .isEqualTo(403);
    assertThat(api().postJson("api/v1/meetings", OTHER_PCC, call.formatted(TODAY)).status())
        .isEqualTo(404);
    assertThat(
            api()
                .postJson(
                    "api/v1/meetings",
                    Api.PCC,
                    call.formatted(TODAY).replace("1. Case review figures\\n2. Actions", " "))
                .status())
        .isEqualTo(422);

    JsonObject meeting = ok(api().postJson("api/v1/meetings", Api.PCC, call.formatted(TODAY)));
    long id = meeting.getJsonNumber("id").longValue();
    assertThat(meeting.getString("state")).isEqualTo("CALLED");
    JsonArray invitees = meeting.getJsonArray("invitees");
    assertThat(invitees.stream().map(i -> i.asJsonObject().getString("name")))
        .anyMatch(name -> name.contains("Cambridge"))
        .anyMatch(name -> name.contains("Constabulary") || name.contains("Police"));
    // read by the partnership and by its police, not by another partnership
    assertThat(ok(api().get("api/v1/meetings/" + id, Api.COORDINATOR)).getBoolean("mayManage"))
        .isFalse();
    assertThat(api().get("api/v1/meetings/" + id, Api.PARTNER).status()).isEqualTo(200);
    assertThat(api().get("api/v1/meetings/" + id, OTHER_COORDINATOR).status()).isEqualTo(404);
    // actions only once held; attendance for every authority
    String action =
        "{\"text\":\"Share the ASB incident data monthly\",\"owner\":\"POLICE\",\"dueOn\":\"2026-02-27\"}";
    assertThat(
            api()
                .postJson("api/v1/meetings/" + id + "/actions/add-action", Api.PCC, action)
                .status())
        .isEqualTo(422);
    StringBuilder present = new StringBuilder();
    for (JsonValue invitee : invitees) {
      present
          .append(present.length() == 0 ? "" : ",")
          .append("{\"organisation\":")
          .append(invitee.asJsonObject().getJsonNumber("organisationId"))
          .append(",\"attendance\":\"ATTENDED\",\"representative\":\"A. Rep\"}");
    }
    String partly =
        "{\"version\":"
            + meeting.getJsonNumber("version")
            + ",\"minutes\":\"Agreed to share data.\",\"attendance\":["
            + present.substring(0, present.indexOf("}") + 1)
            + "]}";
    if (invitees.size() > 1) {
      assertThat(
              api().postJson("api/v1/meetings/" + id + "/actions/record", Api.PCC, partly).status())
          .isEqualTo(422);
    }
    assertThat(
            api()
                .postJson("api/v1/meetings/" + id + "/actions/record", Api.COORDINATOR, partly)
                .status())
        .isEqualTo(403);
    JsonObject held =
        ok(
            api()
                .postJson(
                    "api/v1/meetings/" + id + "/actions/record",
                    Api.PCC,
                    "{\"version\":"
                        + meeting.getJsonNumber("version")
                        + ",\"minutes\":\"Agreed to share data.\",\"attendance\":["
                        + present
                        + "]}"));
    assertThat(held.getString("state")).isEqualTo("HELD");
    assertThat(held.getJsonArray("invitees").getJsonObject(0).getString("attendance"))
        .isEqualTo("ATTENDED");
    // a stale record is refused
    assertThat(
            api()
                .postJson(
                    "api/v1/meetings/" + id + "/actions/record",
                    Api.PCC,
                    "{\"version\":"
                        + meeting.getJsonNumber("version")
                        + ",\"minutes\":\"Changed\",\"attendance\":["
                        + present
                        + "]}")
                .status())
        .isEqualTo(409);

    JsonObject withAction =
        ok(api().postJson("api/v1/meetings/" + id + "/actions/add-action", Api.PCC, action));
    JsonObject line = withAction.getJsonArray("actions").getJsonObject(0);
    long item = line.getJsonNumber("workItemId").longValue();
    JsonObject routed = ok(api().get("api/v1/work-items/" + item, Api.PARTNER));
    assertThat(routed.getString("queue")).isEqualTo("ASB_SPOC");
    assertThat(routed.getString("dueOn")).isEqualTo("2026-02-27");
    assertThat(routed.getString("subjectRef")).isEqualTo("meeting " + id);
    // a held meeting cannot be called off
    assertThat(
            api()
                .postJson(
                    "api/v1/meetings/" + id + "/actions/cancel",
                    Api.PCC,
                    "{\"version\":" + withAction.getJsonNumber("version") + ",\"reason\":\"x\"}")
                .status())
        .isEqualTo(422);
    assertThat(api().postJson("api/v1/meetings/" + id + "/actions/adjourn", Api.PCC, "{}").status())
        .isEqualTo(400);
  }

  // ---- priorities (s10) ----------------------------------------------------------------------

  @Test
  void thePartnershipsPrioritiesAreMatchedAgainstThePoliceAndCrimePlan() {
    // the plan of the police and crime commissioner: start from a clean list
    JsonObject before = ok(api().get("api/v1/priorities?csp=" + CAMBRIDGE, Api.PCC));
    for (JsonValue p : before.getJsonArray("pcpPriorities")) {
      assertThat(
              api()
                  .delete(
                      "api/v1/priorities/plan/items/" + p.asJsonObject().getJsonNumber("id"),
                      Api.PCC)
                  .status())
          .isEqualTo(204);
    }
    String plan = "api/v1/priorities/plan/" + CAMBRIDGESHIRE;
    long asb =
        ok(api()
                .postJson(
                    plan,
                    Api.PCC,
                    "{\"titleEn\":\"Tackle anti-social behaviour\",\"titleCy\":\"Mynd i’r afael ag ymddygiad gwrthgymdeithasol\"}"))
            .getJsonNumber("id")
            .longValue();
    long reoffending =
        ok(api().postJson(plan, Api.PCC, "{\"titleEn\":\"Cut reoffending\"}"))
            .getJsonNumber("id")
            .longValue();
    assertThat(api().postJson(plan, Api.PCC, "{\"titleEn\":\"cut REOFFENDING\"}").status())
        .isEqualTo(422);
    assertThat(api().postJson(plan, Api.COORDINATOR, "{\"titleEn\":\"Another\"}").status())
        .isEqualTo(403);
    assertThat(api().postJson(plan, OTHER_PCC, "{\"titleEn\":\"Another\"}").status())
        .isEqualTo(404);

    // the partnership's priorities come from its plan last sent
    assertThat(
            ok(api().get("api/v1/priorities?csp=" + CAMBRIDGE, Api.COORDINATOR))
                .getJsonArray("rows"))
        .isEmpty();
    long id = draft(CAMBRIDGE, "PARTNERSHIP_PLAN", "Partnership plan 2025-28");
    prepare(id);
    submit(id);
    JsonObject matrix = ok(api().get("api/v1/priorities?csp=" + CAMBRIDGE, Api.COORDINATOR));
    assertThat(matrix.getJsonNumber("planSubmissionId").longValue()).isEqualTo(id);
    String version = "\"version\":\"" + matrix.getString("version") + "\"";
    JsonArray rows = matrix.getJsonArray("rows");
    assertThat(rows.stream().map(r -> r.asJsonObject().getString("priority")))
        .containsExactly("Anti-social behaviour", "Violence against women and girls");
    // suggested where they share words
    assertThat(rows.getJsonObject(0).getJsonArray("suggested").toString())
        .contains(String.valueOf(asb));
    assertThat(rows.getJsonObject(1).getJsonArray("suggested")).isEmpty();

    // refused: a priority not on the plan, a plan priority not on the police and crime plan,
    // another CSP
    assertThat(
            api()
                .putJson(
                    "api/v1/priorities?csp=" + CAMBRIDGE,
                    Api.COORDINATOR,
                    "{\"alignments\":[{\"priority\":\"Not ours\",\"aligned\":["
                        + asb
                        + "]}],"
                        + version
                        + "}")
                .status())
        .isEqualTo(422);
    assertThat(
            api()
                .putJson(
                    "api/v1/priorities?csp=" + CAMBRIDGE,
                    Api.COORDINATOR,
                    "{\"alignments\":[{\"priority\":\"Anti-social behaviour\",\"aligned\":[999999999]}],"
                        + version
                        + "}")
                .status())
        .isEqualTo(422);
    assertThat(api().get("api/v1/priorities?csp=" + CAMBRIDGE, OTHER_COORDINATOR).status())
        .isEqualTo(404);
    assertThat(api().get("api/v1/priorities", Api.COORDINATOR).status()).isEqualTo(400);

    JsonObject aligned =
        ok(
            api()
                .putJson(
                    "api/v1/priorities?csp=" + CAMBRIDGE,
                    Api.COORDINATOR,
                    "{\"alignments\":[{\"priority\":\"Anti-social behaviour\",\"aligned\":["
                        + asb
                        + "]},"
                        + "{\"priority\":\"Violence against women and girls\",\"aligned\":[]}],"
                        + version
                        + "}"));
    // a second save from the same reading is stale, and says who changed the marks
    Api.Reply stale =
        api()
            .putJson(
                "api/v1/priorities?csp=" + CAMBRIDGE,
                Api.PCC,
                "{\"alignments\":[{\"priority\":\"Anti-social behaviour\",\"aligned\":[]}],"
                    + version
                    + "}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("message")).contains("coordinator");
    assertThat(
            api()
                .putJson(
                    "api/v1/priorities?csp=" + CAMBRIDGE, Api.COORDINATOR, "{\"alignments\":[]}")
                .status())
        .isEqualTo(400);
    assertThat(aligned.getJsonArray("rows").getJsonObject(0).getJsonArray("aligned").toString())
        .contains(String.valueOf(asb));
    // the commissioner's office reads the same matrix: one partnership priority and one of the plan
    // still stand alone
    JsonObject read = ok(api().get("api/v1/priorities?csp=" + CAMBRIDGE, Api.PCC));
    assertThat(read.getBoolean("mayEditPlan")).isTrue();
    assertThat(read.getJsonArray("rows").getJsonObject(0).getJsonArray("aligned").toString())
        .contains(String.valueOf(asb));
    assertThat(
            read.getJsonArray("pcpPriorities").stream()
                .map(p -> p.asJsonObject().getJsonNumber("id").longValue()))
        .containsExactly(asb, reoffending);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Api api() {
    return new Api(base);
  }

  private void account(String username, String json) {
    Api.Reply created = api().postJson("api/v1/test/accounts/" + username, Api.ADMIN, json);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
  }

  private static String path(long id) {
    return "api/v1/submissions/" + id;
  }

  private long draft(String csp, String type, String title) {
    Api.Reply created =
        api()
            .postJson(
                "api/v1/submissions",
                Api.COORDINATOR,
                "{\"csp\":\""
                    + csp
                    + "\",\"type\":\""
                    + type
                    + "\",\"year\":"
                    + YEAR
                    + ",\"title\":\""
                    + title
                    + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonObject("summary").getJsonNumber("id").longValue();
  }

  /** Writes the version and uploads a PDF. */
  private void prepare(long id) {
    ok(
        api()
            .putJson(
                path(id),
                Api.COORDINATOR,
                "{\"version\":"
                    + version(id, Api.COORDINATOR)
                    + ",\"title\":\"Annual report 2025-26\",\"periodFrom\":\"2025-04-01\",\"periodTo\":\"2026-03-31\","
                    + "\"summary\":\"A year of partnership work.\",\"priorities\":[\"Anti-social behaviour\",\"Violence against women and girls\"],"
                    + "\"measures\":[\"ASB incidents per 1,000 people\"]}"));
    ok(api().upload(path(id) + "/documents", Api.COORDINATOR, "annual-report.pdf", pdf()));
  }

  private void submit(long id) {
    ok(act(id, "submit", Api.COORDINATOR, "{\"version\":" + version(id, Api.COORDINATOR) + "}"));
  }

  private Api.Reply act(long id, String action, String who, String body) {
    return api().postJson(path(id) + "/actions/" + action, who, body);
  }

  private long version(long id, String who) {
    return ok(api().get(path(id), who)).getJsonNumber("version").longValue();
  }

  private JsonObject current(long id) {
    JsonArray versions = ok(api().get(path(id), Api.COORDINATOR)).getJsonArray("versions");
    return versions.getJsonObject(versions.size() - 1);
  }

  private static String grant(String csp, String amount, String monitoringDueOn) {
    return "{\"pfa\":\""
        + CAMBRIDGESHIRE
        + "\",\"csp\":\""
        + csp
        + "\",\"recipient\":\"Cambridge Community Safety Partnership\",\"purpose\":\"Street-based youth work\","
        + (amount == null ? "" : "\"amount\":" + amount + ",")
        + "\"year\":"
        + YEAR
        + ",\"awardedOn\":\"2025-06-01\",\"conditions\":\"Quarterly monitoring; unspent money repaid\""
        + (monitoringDueOn == null ? "" : ",\"monitoringDueOn\":\"" + monitoringDueOn + "\"")
        + "}";
  }

  private static JsonObject line(JsonObject board, String code) {
    return board.getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> code.equals(l.getString("code", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not on the dashboard"));
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] zip(String entry, String content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  private static JsonObject ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
    return reply.json();
  }
}
