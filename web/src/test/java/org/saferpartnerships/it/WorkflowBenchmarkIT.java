package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow benchmark (profile {@code bench}, MariaDB only; see README): seeds 1,000,000 work
 * items over the 314 CSPs and their police, council and partnership queues, then prints the p50 and
 * p95 of the inbox (first page, filtered by queue and SLA state, through the real API as the demo
 * police officer), of a trivial query on the same database, and the time of the scheduler's pass
 * over all items with a backlog of due items. It prints figures; it does not pass or fail on them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowBenchmarkIT {

  private static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);
  private static final int RUNS = Integer.getInteger("bench.runs", 200);

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  @Test
  void inboxAndSchedulerAtScale() throws Exception {
    String url = System.getenv("DB_URL");
    assertThat(url).as("the benchmark runs on MariaDB: mvn -Pbench").startsWith("jdbc:mysql:");
    Api api = new Api(base);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    try (Connection db =
        DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
      long seeded = seed(db, today);
      System.out.printf(
          Locale.ROOT, "%nBENCH seeded %,d work items in %.1f s%n", ITEMS, seeded / 1000.0);

      String inbox = "api/v1/work-items?queue=ASB_SPOC&sla=breached&size=25";
      api.get(inbox, Api.PARTNER);
      long total = api.get(inbox, Api.PARTNER).json().getJsonNumber("total").longValue();
      List<Double> inboxTimes = Bench.time(() -> api.get(inbox, Api.PARTNER).status(), 20, RUNS);
      String byDue = "api/v1/work-items?view=csp&sla=due_soon&size=25";
      List<Double> coordinatorTimes =
          Bench.time(() -> api.get(byDue, Api.COORDINATOR).status(), 20, RUNS);
      List<Double> trivialHttp =
          Bench.time(() -> api.get("api/v1/notifications/unread", Api.PARTNER).status(), 20, RUNS);
      List<Double> trivialSql = Bench.time(() -> select1(db), 20, RUNS);
      Bench.report(
          "inbox: ASB_SPOC queue, overdue, first page of 25 (" + total + " match)", inboxTimes);
      Bench.report("inbox: coordinator's CSP view, due soon, first page", coordinatorTimes);
      Bench.report("trivial API call on the same database (unread count)", trivialHttp);
      Bench.report("trivial query on the same database (SELECT 1, JDBC)", trivialSql);

      long due =
          Bench.count(
              db,
              "SELECT COUNT(*) FROM work_item WHERE active = TRUE AND next_check_on <= CURRENT_DATE");
      long start = System.nanoTime();
      var pass = api.postJson("api/v1/test/pass", Api.ADMIN, "{}").json();
      double passMs = (System.nanoTime() - start) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "BENCH scheduler pass over %,d items (%,d due): %.0f ms; examined %d, warned %d, escalated %d%n",
          ITEMS,
          due,
          passMs,
          pass.getInt("examined"),
          pass.getInt("warned"),
          pass.getInt("escalated"));
      start = System.nanoTime();
      api.postJson("api/v1/test/pass", Api.ADMIN, "{}");
      System.out.printf(
          Locale.ROOT,
          "BENCH scheduler pass with nothing due: %.0f ms%n%n",
          (System.nanoTime() - start) / 1e6);
    }
  }

  /** Inserts the items in SQL from MariaDB's sequence engine; returns the milliseconds it took. */
  private static long seed(Connection db, LocalDate today) throws SQLException {
    long start = System.currentTimeMillis();
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP TEMPORARY TABLE IF EXISTS bench_route");
      sql.execute(
          "CREATE TEMPORARY TABLE bench_route (n INT AUTO_INCREMENT PRIMARY KEY, csp_id BIGINT,"
              + " org_id BIGINT, sender_id BIGINT, queue VARCHAR(60), target VARCHAR(40))");
      String vintage = "(SELECT MAX(id) FROM registry_vintage)";
      sql.execute(
          "INSERT INTO bench_route (csp_id, org_id, sender_id, queue, target)"
              + " SELECT p.csp_id, f.id, s.id, 'ASB_SPOC', 'POLICE' FROM csp_placement p"
              + " JOIN organisation f ON f.area_id = p.pfa_id AND f.org_type = 'POLICE_FORCE'"
              + " JOIN organisation s ON s.area_id = p.csp_id AND s.org_type = 'PARTNERSHIP'"
              + " WHERE p.vintage_id = "
              + vintage);
      sql.execute(
          "INSERT INTO bench_route (csp_id, org_id, sender_id, queue, target)"
              + " SELECT m.csp_id, MIN(c.id), MIN(s.id), 'ASB_TEAM', 'COUNCIL' FROM area_mapping m"
              + " JOIN organisation c ON c.area_id = m.lad_id AND c.org_type = 'COUNCIL'"
              + " JOIN organisation s ON s.area_id = m.csp_id AND s.org_type = 'PARTNERSHIP'"
              + " WHERE m.vintage_id = "
              + vintage
              + " GROUP BY m.csp_id");
      sql.execute(
          "INSERT INTO bench_route (csp_id, org_id, sender_id, queue, target)"
              + " SELECT s.area_id, s.id, s.id, 'TRIAGE', 'PARTNERSHIP' FROM organisation s"
              + " WHERE s.org_type = 'PARTNERSHIP'");
      long routes = Bench.count(db, "SELECT COUNT(*) FROM bench_route");
      long policy =
          Bench.count(
              db,
              "SELECT id FROM sla_policy WHERE code = 'ACTION_REQUEST' AND current_revision = TRUE");
      String t = "DATE('" + today + "')";
      // Due dates spread over 60 days either side of today; a third closed; overdue open items
      // already fully escalated, except one in a thousand left due for the scheduler now.
      sql.execute(
          "INSERT INTO work_item (item_type, title, csp_id, target_body, priority, state, active,"
              + " organisation_id, queue, sender_organisation_id, sla_policy_id, started_on, due_on, warn_on,"
              + " warned, escalation_level, next_check_on, created_at, created_by, updated_at, version)"
              + " SELECT 'ACTION_REQUEST', CONCAT('Benchmark item ', s.seq), r.csp_id, r.target,"
              + " 'NORMAL', CASE s.seq % 3 WHEN 0 THEN 'COMPLETED' WHEN 1 THEN 'ROUTED' ELSE 'IN_PROGRESS' END,"
              + " s.seq % 3 <> 0, r.org_id, r.queue, r.sender_id, "
              + policy
              + ","
              + " DATE_SUB(d.due, INTERVAL 14 DAY), d.due, DATE_SUB(d.due, INTERVAL 2 DAY),"
              + " d.due < "
              + t
              + ", CASE WHEN d.due < "
              + t
              + " THEN 2 ELSE 0 END,"
              + " CASE WHEN s.seq % 3 = 0 THEN NULL WHEN s.seq % 1000 = 1 THEN "
              + t
              + " WHEN d.due < "
              + t
              + " THEN NULL ELSE DATE_SUB(d.due, INTERVAL 2 DAY) END,"
              + " NOW(6), 'bench', NOW(6), 0"
              + " FROM seq_1_to_"
              + ITEMS
              + " s"
              + " JOIN bench_route r ON r.n = 1 + s.seq % "
              + routes
              + " JOIN (SELECT seq, DATE_ADD("
              + t
              + ", INTERVAL CAST((seq * 7919) % 121 AS SIGNED) - 60 DAY) AS due"
              + " FROM seq_1_to_"
              + ITEMS
              + ") d ON d.seq = s.seq");
      sql.execute("ANALYZE TABLE work_item");
    }
    return System.currentTimeMillis() - start;
  }

  private static Object select1(Connection db) {
    try (Statement sql = db.createStatement();
        var rows = sql.executeQuery("SELECT 1")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
