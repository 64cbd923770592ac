package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintFacts;
import org.saferpartnerships.casereview.threshold.ThresholdEngine;
import org.saferpartnerships.casereview.threshold.ThresholdTerms;

/**
 * The case review benchmark (profile {@code bench}, MariaDB only; see README): seeds 200,000 case
 * reviews with 1,000,000 complaints over the 314 CSPs, then prints p50/p95 of the statutory figures
 * of every CSP for one financial year (through the public API), and of the threshold computed for
 * one application with five complaints (through the coordinator's API). Targets: under 1 s for all
 * CSPs; under 10 ms an application. It prints figures; it does not pass or fail on them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseReviewBenchmarkIT {

  private static final int CASES = Integer.getInteger("bench.cases", 200_000);
  private static final int COMPLAINTS_EACH = 5;
  private static final int RUNS = Integer.getInteger("bench.runs", 200);

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTests();
  }

  @ArquillianResource private URL base;

  @Test
  void statutoryFiguresAndThresholdAtScale() throws Exception {
    String url = System.getenv("DB_URL");
    assertThat(url).as("the benchmark runs on MariaDB: mvn -Pbench").startsWith("jdbc:mysql:");
    Api api = new Api(base);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    try (Connection db =
        DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
      long seeded = seed(db, today);
      System.out.printf(
          Locale.ROOT,
          "%nBENCH seeded %,d case reviews and %,d complaints in %.1f s%n",
          CASES,
          (long) CASES * COMPLAINTS_EACH,
          seeded / 1000.0);

      int year = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
      String figures =
          "api/v1/statistics/case-reviews?from=" + year + "-04-01&to=" + (year + 1) + "-03-31";
      JsonObject all = api.get(figures, null).json();
      long applications =
          all.getJsonArray("csps").stream()
              .mapToLong(row -> row.asJsonObject().getJsonNumber("applications").longValue())
              .sum();
      Bench.report(
          "statutory figures, all "
              + all.getJsonArray("csps").size()
              + " CSPs, one year ("
              + applications
              + " applications)",
          Bench.time(() -> api.get(figures, null).status(), 10, RUNS / 4));

      String reference = firstCambridgeCase(db);
      String threshold = "api/v1/case-reviews/" + reference + "/threshold";
      JsonObject one = api.get(threshold, Api.COORDINATOR).json();
      Bench.report(
          "threshold of one application ("
              + one.getJsonArray("complaints").size()
              + " complaints) via the API",
          Bench.time(() -> api.get(threshold, Api.COORDINATOR).status(), 10, RUNS));
      List<ComplaintFacts> facts = new ArrayList<>();
      for (int i = 1; i <= COMPLAINTS_EACH; i++) {
        facts.add(
            new ComplaintFacts(
                i,
                today.minusDays(20L * i),
                today.minusDays(20L * i - 2),
                i % 2 == 0 ? ComplaintAgency.POLICE : ComplaintAgency.COUNCIL,
                null,
                null,
                false,
                false));
      }
      Bench.report(
          "threshold engine alone, one application (5 complaints), in memory",
          Bench.time(
              () -> ThresholdEngine.evaluate(ThresholdTerms.DEFAULT, today, facts), 10, RUNS * 50));
      Bench.report(
          "trivial API call on the same database (unread count)",
          Bench.time(
              () -> api.get("api/v1/notifications/unread", Api.COORDINATOR).status(), 10, RUNS));
      System.out.println();
    }
  }

  /** Inserts the cases and complaints in SQL from MariaDB's sequence engine; returns the ms. */
  private static long seed(Connection db, LocalDate today) throws SQLException {
    long start = System.currentTimeMillis();
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP TEMPORARY TABLE IF EXISTS bench_csp");
      sql.execute(
          "CREATE TEMPORARY TABLE bench_csp (n INT AUTO_INCREMENT PRIMARY KEY, csp_id BIGINT)");
      sql.execute(
          "INSERT INTO bench_csp (csp_id) SELECT p.csp_id FROM csp_placement p"
              + " WHERE p.vintage_id = (SELECT MAX(id) FROM registry_vintage) ORDER BY p.csp_id");
      long csps = Bench.count(db, "SELECT COUNT(*) FROM bench_csp");
      long rule = Bench.count(db, "SELECT MIN(id) FROM threshold_rule WHERE csp_id IS NULL");
      String t = "DATE('" + today + "')";
      // received over the last two years; a third not met, a third reviewed (half of those with
      // recommendations), the rest waiting
      sql.execute(
          "INSERT INTO case_review (reference, csp_id, state, received_on, channel, victim_type,"
              + " victim_name, applicant_is_victim, victim_consent, language, contact_method,"
              + " asb_description, hate_related, threshold_rule_id, threshold_outcome,"
              + " threshold_qualifying, threshold_decided_on, review_held_on, recommendation_count,"
              + " created_at, created_by, updated_at, version)"
              + " SELECT CONCAT('CRB-', s.seq), c.csp_id,"
              + " CASE s.seq % 3 WHEN 0 THEN 'THRESHOLD_NOT_MET' WHEN 1 THEN 'REVIEW_HELD'"
              + " ELSE 'RECEIVED' END, r.received, 'ONLINE', 'PERSON', CONCAT('Victim ', s.seq),"
              + " TRUE, TRUE, 'en', 'EMAIL', 'Benchmark', FALSE, "
              + rule
              + ", CASE s.seq % 3 WHEN 0 THEN 'NOT_MET' WHEN 1 THEN 'MET' ELSE NULL END,"
              + " CASE WHEN s.seq % 3 = 2 THEN NULL ELSE 3 END,"
              + " CASE WHEN s.seq % 3 = 2 THEN NULL ELSE DATE_ADD(r.received, INTERVAL 10 DAY) END,"
              + " CASE WHEN s.seq % 3 = 1 THEN DATE_ADD(r.received, INTERVAL 30 DAY) ELSE NULL END,"
              + " CASE WHEN s.seq % 6 = 1 THEN 2 ELSE 0 END,"
              + " NOW(6), 'bench', NOW(6), 0"
              + " FROM seq_1_to_"
              + CASES
              + " s JOIN bench_csp c ON c.n = 1 + s.seq % "
              + csps
              + " JOIN (SELECT seq, DATE_SUB("
              + t
              + ", INTERVAL CAST((seq * 7919) % 730 AS SIGNED) DAY) AS received FROM seq_1_to_"
              + CASES
              + ") r ON r.seq = s.seq");
      sql.execute(
          "INSERT INTO case_complaint (case_review_id, incident_date, reported_on, agency,"
              + " agency_reference, hate_related, separate_incident, created_at, created_by)"
              + " SELECT c.id, DATE_SUB(c.received_on, INTERVAL k.seq * 20 DAY),"
              + " DATE_SUB(c.received_on, INTERVAL k.seq * 20 - 2 DAY),"
              + " CASE k.seq % 2 WHEN 0 THEN 'POLICE' ELSE 'COUNCIL' END, CONCAT('B', c.id, '-', k.seq),"
              + " FALSE, FALSE, NOW(6), 'bench'"
              + " FROM case_review c JOIN seq_1_to_"
              + COMPLAINTS_EACH
              + " k WHERE c.created_by = 'bench'");
      sql.execute("ANALYZE TABLE case_review");
      sql.execute("ANALYZE TABLE case_complaint");
    }
    return System.currentTimeMillis() - start;
  }

  private static String firstCambridgeCase(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT c.reference FROM case_review c JOIN area a ON a.id = c.csp_id"
                    + " WHERE a.gss_code = 'E22000013' AND c.created_by = 'bench'"
                    + " ORDER BY c.id LIMIT 1")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
