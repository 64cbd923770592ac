package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accountability benchmark (profile {@code bench}, MariaDB only: {@code .ci/bench
 * DashboardBenchmarkIT}): seeds ten financial years of submissions for every CSP (three kinds a
 * year, with due dates for every force area), three recommendations each and two grants per CSP a
 * year, then prints p50/p95 of a force area's dashboard, the national dashboard, and the first page
 * of the submissions list. It prints figures; it does not pass or fail on them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBenchmarkIT {

  private static final int YEARS = Integer.getInteger("bench.years", 10);
  private static final int RUNS = Integer.getInteger("bench.runs", 100);

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  @Test
  void dashboardsAtScale() throws Exception {
    String url = System.getenv("DB_URL");
    assertThat(url).as("the benchmark runs on MariaDB: mvn -Pbench").startsWith("jdbc:mysql:");
    Api api = new Api(base);
    Api.Reply opened =
        api.postJson(
            "api/v1/work-items",
            Api.COORDINATOR,
            "{\"type\":\"ACTION_REQUEST\",\"csp\":\"E22000013\",\"title\":\"Benchmark\","
                + "\"targetBody\":\"POLICE\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long item = opened.json().getJsonNumber("id").longValue();
    int lastYear =
        LocalDate.now().getMonthValue() >= 4
            ? LocalDate.now().getYear()
            : LocalDate.now().getYear() - 1;
    try (Connection db =
        DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
      long took = seed(db, item, lastYear);
      System.out.printf(
          Locale.ROOT,
          "%nBENCH seeded %,d submissions, %,d recommendations and %,d grants in %.1f s%n",
          Bench.count(db, "SELECT COUNT(*) FROM submission WHERE created_by = 'bench'"),
          Bench.count(db, "SELECT COUNT(*) FROM submission_recommendation WHERE made_by = 'bench'"),
          Bench.count(db, "SELECT COUNT(*) FROM crime_grant WHERE created_by = 'bench'"),
          took / 1000.0);
    }
    int year = lastYear - 1;
    String area = "api/v1/dashboards/pfa/E23000023?year=" + year;
    JsonObject board = api.get(area, Api.PCC).json();
    Bench.report(
        "force area dashboard (" + board.getJsonArray("lines").size() + " CSPs), one year",
        Bench.time(() -> api.get(area, Api.PCC).status(), 5, RUNS));
    String national = "api/v1/dashboards/national?year=" + year;
    JsonObject all = api.get(national, Api.ANALYST).json();
    Bench.report(
        "national dashboard (" + all.getJsonArray("lines").size() + " force areas), one year",
        Bench.time(() -> api.get(national, Api.ANALYST).status(), 5, RUNS / 4));
    String list = "api/v1/submissions?pfa=E23000023&size=25";
    long total = api.get(list, Api.PCC).json().getJsonNumber("total").longValue();
    Bench.report(
        "submissions of a force area, first page of 25 (" + total + " in all)",
        Bench.time(() -> api.get(list, Api.PCC).status(), 5, RUNS));
    String filtered =
        "api/v1/submissions?pfa=E23000023&year=" + year + "&type=ANNUAL_REPORT&size=25";
    Bench.report(
        "submissions filtered by year and kind, first page",
        Bench.time(() -> api.get(filtered, Api.PCC).status(), 5, RUNS));
    Bench.report(
        "trivial API call on the same database (unread count)",
        Bench.time(() -> api.get("api/v1/notifications/unread", Api.PCC).status(), 5, RUNS));
    System.out.println();
  }

  /** Inserts the year's calendar, submissions, recommendations and grants in SQL; returns ms. */
  private static long seed(Connection db, long item, int lastYear) throws SQLException {
    long start = System.currentTimeMillis();
    int firstYear = lastYear - YEARS + 1;
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP TEMPORARY TABLE IF EXISTS bench_csp");
      sql.execute(
          "CREATE TEMPORARY TABLE bench_csp (n INT AUTO_INCREMENT PRIMARY KEY, csp_id BIGINT,"
              + " pfa_id BIGINT)");
      sql.execute(
          "INSERT INTO bench_csp (csp_id, pfa_id) SELECT p.csp_id, p.pfa_id FROM csp_placement p"
              + " WHERE p.vintage_id = (SELECT MAX(id) FROM registry_vintage) ORDER BY p.csp_id");
      sql.execute("DROP TEMPORARY TABLE IF EXISTS bench_kind");
      sql.execute("CREATE TEMPORARY TABLE bench_kind (k INT PRIMARY KEY, kind VARCHAR(40))");
      sql.execute(
          "INSERT INTO bench_kind VALUES (1, 'ANNUAL_REPORT'), (2, 'STRATEGIC_ASSESSMENT_SUMMARY'),"
              + " (3, 'PLAN_REFRESH')");
      String years = "seq_" + firstYear + "_to_" + lastYear;
      // every force area's calendar: each kind due in the summer after the year ends
      sql.execute(
          "INSERT IGNORE INTO submission_due (pfa_id, submission_type, financial_year, due_on,"
              + " set_at, set_by, version)"
              + " SELECT DISTINCT c.pfa_id, k.kind, y.seq, MAKEDATE(y.seq + 1, 150 + k.k * 10),"
              + " NOW(6), 'bench', 0 FROM bench_csp c CROSS JOIN bench_kind k CROSS JOIN "
              + years
              + " y");
      // each CSP sends each kind each year, a fifth of them late, a tenth not at all (drafts)
      sql.execute(
          "INSERT INTO submission (csp_id, pfa_id, submission_type, financial_year, title, state,"
              + " first_submitted_at, first_submitted_on, last_submitted_at, created_at, created_by,"
              + " updated_at, version)"
              + " SELECT c.csp_id, c.pfa_id, k.kind, y.seq, CONCAT(k.kind, ' ', y.seq),"
              + " CASE WHEN (c.n + k.k + y.seq) % 10 = 0 THEN 'DRAFT' ELSE 'SIGNED_OFF' END,"
              + " CASE WHEN (c.n + k.k + y.seq) % 10 = 0 THEN NULL ELSE NOW(6) END,"
              + " CASE WHEN (c.n + k.k + y.seq) % 10 = 0 THEN NULL"
              + " ELSE MAKEDATE(y.seq + 1, 140 + k.k * 10 + CASE WHEN (c.n + y.seq) % 5 = 0 THEN 30"
              + " ELSE 0 END) END,"
              + " NULL, NOW(6), 'bench', NOW(6), 0"
              + " FROM bench_csp c CROSS JOIN bench_kind k CROSS JOIN "
              + years
              + " y");
      sql.execute(
          "INSERT INTO submission_version (submission_id, number, summary, priorities,"
              + " submitted_at, submitted_by, created_at, created_by, version)"
              + " SELECT s.id, 1, 'Benchmark', 'ASB\\nViolence', s.first_submitted_at,"
              + " CASE WHEN s.first_submitted_at IS NULL THEN NULL ELSE 'bench' END, NOW(6),"
              + " 'bench', 0 FROM submission s WHERE s.created_by = 'bench'");
      // three recommendations on each sent one: one open, two answered
      sql.execute(
          "INSERT INTO submission_recommendation (submission_id, seq, recommendation, due_on,"
              + " work_item_id, response, response_text, responded_on, responded_by, made_on,"
              + " made_at, made_by)"
              + " SELECT s.id, r.seq, 'Benchmark recommendation', MAKEDATE(s.financial_year + 1, 300),"
              + item
              + ", CASE WHEN r.seq = 1 THEN NULL WHEN r.seq = 2 THEN 'ACCEPTED' ELSE 'DECLINED' END,"
              + " CASE WHEN r.seq = 1 THEN NULL ELSE 'Benchmark' END,"
              + " CASE WHEN r.seq = 1 THEN NULL ELSE MAKEDATE(s.financial_year + 1, 250) END,"
              + " CASE WHEN r.seq = 1 THEN NULL ELSE 'bench' END,"
              + " MAKEDATE(s.financial_year + 1, 200), NOW(6), 'bench'"
              + " FROM submission s JOIN seq_1_to_3 r WHERE s.created_by = 'bench'"
              + " AND s.first_submitted_at IS NOT NULL");
      // two grants a CSP a year, given by the body in office today
      sql.execute(
          "INSERT INTO crime_grant (pfa_id, body_id, csp_id, recipient, purpose, amount,"
              + " financial_year, awarded_on, created_at, created_by, updated_at, updated_by, version)"
              + " SELECT c.pfa_id, t.organisation_id, c.csp_id, 'Benchmark recipient', 'Benchmark',"
              + " 1000 + g.seq * 250, y.seq, MAKEDATE(y.seq, 120), NOW(6), 'bench', NOW(6), 'bench', 0"
              + " FROM bench_csp c JOIN policing_body_term t ON t.pfa_id = c.pfa_id AND t.valid_to IS NULL"
              + " CROSS JOIN seq_1_to_2 g CROSS JOIN "
              + years
              + " y");
      for (String table :
          new String[] {
            "submission",
            "submission_version",
            "submission_recommendation",
            "crime_grant",
            "submission_due"
          }) {
        sql.execute("ANALYZE TABLE " + table);
      }
    }
    return System.currentTimeMillis() - start;
  }
}
