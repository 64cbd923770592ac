package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consultation import benchmark (profile {@code bench}, MariaDB only; see README): a CSV of
 * 100,000 respondents by 10 questions (five single choice, five free text) imported through the
 * API, upload to the last response live, beside the floor of the same run: the same rows written by
 * a plain JDBC batch insert (rewriteBatchedStatements). Target: within twice the floor. It prints
 * figures; it does not pass or fail on them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationBenchmarkIT {

  private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 100_000);
  private static final int CLOSED = 5;
  private static final int OPEN = 5;
  private static final String[] OPTIONS = {
    "Strongly agree", "Agree", "Neither", "Disagree", "Strongly disagree"
  };
  private static final String[] WORDS =
      "the partnership should publish its plan and meet residents more often about antisocial behaviour in parks estates town centres night time economy"
          .split(" ");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  @Test
  void importOfAHundredThousandResponsesBesideAPlainJdbcBatch() throws Exception {
    String url = System.getenv("DB_URL");
    assertThat(url).as("the benchmark runs on MariaDB: mvn -Pbench").startsWith("jdbc:mysql:");
    Api api = new Api(base);
    JsonArrayBuilder questions = Json.createArrayBuilder();
    for (int q = 1; q <= CLOSED + OPEN; q++) {
      var question = Json.createObjectBuilder().add("code", "Q" + q).add("textEn", "Question " + q);
      if (q <= CLOSED) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (String option : OPTIONS) {
          options.add(Json.createObjectBuilder().add("labelEn", option));
        }
        question.add("kind", "SINGLE_CHOICE").add("options", options);
      } else {
        question.add("kind", "FREE_TEXT");
      }
      questions.add(question);
    }
    Api.Reply created =
        api.postJson(
            "api/v1/consultations",
            Api.ANALYST,
            Json.createObjectBuilder()
                .add("titleEn", "Benchmark " + System.nanoTime())
                .add("opensOn", "2026-01-01")
                .add("closesOn", "2026-03-31")
                .add("questions", questions)
                .build()
                .toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long consultation = created.json().getJsonNumber("id").longValue();
    List<Long> questionIds = new ArrayList<>();
    List<List<Long>> optionIds = new ArrayList<>();
    for (JsonObject q : created.json().getJsonArray("questions").getValuesAs(JsonObject.class)) {
      questionIds.add(q.getJsonNumber("id").longValue());
      optionIds.add(
          q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
              .map(o -> o.getJsonNumber("id").longValue())
              .toList());
    }

    // the file: a reference, five choices and five sentences a row
    Random random = new Random(42);
    StringBuilder csv = new StringBuilder("Response ID");
    for (int q = 1; q <= CLOSED + OPEN; q++) {
      csv.append(",Q").append(q);
    }
    csv.append('\n');
    List<int[]> choices = new ArrayList<>();
    List<String[]> texts = new ArrayList<>();
    for (int r = 0; r < RESPONDENTS; r++) {
      int[] chosen = new int[CLOSED];
      String[] written = new String[OPEN];
      csv.append("BENCH-").append(r);
      for (int q = 0; q < CLOSED; q++) {
        chosen[q] = random.nextInt(OPTIONS.length);
        csv.append(',').append(OPTIONS[chosen[q]]);
      }
      for (int q = 0; q < OPEN; q++) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 8 + random.nextInt(6); w++) {
          sentence.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        written[q] = sentence.toString();
        csv.append(',').append(written[q]);
      }
      csv.append('\n');
      choices.add(chosen);
      texts.add(written);
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

    long started = System.nanoTime();
    Api.Reply uploaded =
        api.postBytes(
            "api/v1/consultations/" + consultation + "/imports?fileName=bench.csv",
            Api.ANALYST,
            file);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    long importId = uploaded.json().getJsonNumber("id").longValue();
    long uploadedAt = System.nanoTime();
    JsonArrayBuilder columns = Json.createArrayBuilder();
    columns.add(Json.createObjectBuilder().add("column", 0).add("target", "REFERENCE"));
    for (int q = 0; q < questionIds.size(); q++) {
      columns.add(
          Json.createObjectBuilder()
              .add("column", q + 1)
              .add("target", "QUESTION")
              .add("questionId", questionIds.get(q)));
    }
    Api.Reply start =
        api.postJson(
            "api/v1/consultations/" + consultation + "/imports/" + importId + "/start",
            Api.ANALYST,
            Json.createObjectBuilder()
                .add("version", uploaded.json().getJsonNumber("version"))
                .add("columns", columns)
                .build()
                .toString());
    assertThat(start.status()).as(start.body()).isEqualTo(202);
    JsonObject status;
    do {
      Thread.sleep(200);
      status =
          api.get("api/v1/consultations/" + consultation + "/imports/" + importId, Api.ANALYST)
              .json();
    } while (!List.of("COMPLETED", "REJECTED", "FAILED").contains(status.getString("state")));
    long finished = System.nanoTime();
    assertThat(status.getString("state")).as(status.toString()).isEqualTo("COMPLETED");
    assertThat(status.getInt("responsesAdded")).isEqualTo(RESPONDENTS);
    double imported = (finished - started) / 1e9;

    // the floor: the same rows by a plain JDBC batch insert, into a consultation of their own
    double floor;
    try (Connection db =
        DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
      floor = jdbcFloor(db, consultation, questionIds, optionIds, choices, texts);
    }
    System.out.printf(
        Locale.ROOT,
        "%nBENCH consultation import, %,d respondents x %d questions (%.1f MB CSV): %.1f s through"
            + " the API (upload and read %.1f s), plain JDBC batch insert of the same rows %.1f s:"
            + " %.2f x the floor (target 2 x)%n",
        RESPONDENTS,
        CLOSED + OPEN,
        file.length / 1e6,
        imported,
        (uploadedAt - started) / 1e9,
        floor,
        imported / floor);
  }

  private static double jdbcFloor(
      Connection db,
      long consultation,
      List<Long> questionIds,
      List<List<Long>> optionIds,
      List<int[]> choices,
      List<String[]> texts)
      throws Exception {
    db.setAutoCommit(false);
    long started = System.nanoTime();
    Timestamp now = Timestamp.from(Instant.now());
    List<Long> responseIds = new ArrayList<>(choices.size());
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO consultation_response (consultation_id, reference, channel, live,"
                + " created_at, created_by) VALUES (?, ?, 'IMPORT', TRUE, ?, 'floor')",
            Statement.RETURN_GENERATED_KEYS)) {
      for (int r = 0; r < choices.size(); r++) {
        insert.setLong(1, consultation);
        insert.setString(2, "FLOOR-" + r);
        insert.setTimestamp(3, now);
        insert.addBatch();
        if ((r + 1) % 1000 == 0 || r == choices.size() - 1) {
          insert.executeBatch();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
              responseIds.add(keys.getLong(1));
            }
          }
        }
      }
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO consultation_answer (response_id, question_id, option_id, answer_text)"
                + " VALUES (?, ?, ?, ?)")) {
      int pending = 0;
      for (int r = 0; r < choices.size(); r++) {
        for (int q = 0; q < CLOSED; q++) {
          insert.setLong(1, responseIds.get(r));
          insert.setLong(2, questionIds.get(q));
          insert.setLong(3, optionIds.get(q).get(choices.get(r)[q]));
          insert.setNull(4, java.sql.Types.VARCHAR);
          insert.addBatch();
        }
        for (int q = 0; q < OPEN; q++) {
          insert.setLong(1, responseIds.get(r));
          insert.setLong(2, questionIds.get(CLOSED + q));
          insert.setNull(3, java.sql.Types.BIGINT);
          insert.setString(4, texts.get(r)[q]);
          insert.addBatch();
        }
        pending += CLOSED + OPEN;
        if (pending >= 10_000) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
    }
    db.commit();
    return (System.nanoTime() - started) / 1e9;
  }
}
