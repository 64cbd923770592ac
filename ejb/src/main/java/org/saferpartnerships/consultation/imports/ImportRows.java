package org.saferpartnerships.consultation.imports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.consultation.text.WelshDetector;

/**
 * The JDBC of an import's chunk, on the transaction's own connection: its responses (not yet live)
 * and answers in batches (with rewriteBatchedStatements on MySQL, a few round trips a chunk;
 * entities would cost a statement a row), and the themes a file gave as the analyst's coding.
 */
final class ImportRows {

  private ImportRows() {}

  static void insertResponses(
      Connection db,
      long importId,
      long consultationId,
      String actor,
      List<ResponseRowParser.ParsedResponse> chunk,
      Timestamp now)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO consultation_response (consultation_id, reference, category_id,"
                + " organisation_name, submitted_on, channel, import_id, source_row, live,"
                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, 'IMPORT', ?, ?, FALSE, ?, ?)")) {
      for (ResponseRowParser.ParsedResponse r : chunk) {
        insert.setLong(1, consultationId);
        insert.setString(2, r.reference());
        setLong(insert, 3, r.categoryId());
        insert.setString(4, r.organisation());
        insert.setDate(5, r.submittedOn() == null ? null : Date.valueOf(r.submittedOn()));
        insert.setLong(6, importId);
        insert.setInt(7, r.firstRow());
        insert.setTimestamp(8, now);
        insert.setString(9, actor);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The new responses' ids, by the file row each began on. */
  static Map<Integer, Long> responseIds(
      Connection db, long importId, List<ResponseRowParser.ParsedResponse> chunk)
      throws SQLException {
    Map<Integer, Long> ids = new HashMap<>();
    inChunk(
        db,
        "SELECT source_row, id FROM consultation_response WHERE import_id = ?"
            + " AND source_row BETWEEN ? AND ?",
        importId,
        chunk,
        rows -> ids.put(rows.getInt(1), rows.getLong(2)));
    return ids;
  }

  static void insertAnswers(
      Connection db, List<ResponseRowParser.ParsedResponse> chunk, Map<Integer, Long> ids)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO consultation_answer (response_id, question_id, option_id, answer_text,"
                + " welsh) VALUES (?, ?, ?, ?, ?)")) {
      for (ResponseRowParser.ParsedResponse r : chunk) {
        long responseId = ids.get(r.firstRow());
        for (ResponseRowParser.ParsedAnswer a : r.answers()) {
          insert.setLong(1, responseId);
          insert.setLong(2, a.questionId());
          setLong(insert, 3, a.optionId());
          insert.setString(4, a.text());
          insert.setBoolean(5, WelshDetector.isWelsh(a.text()));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /**
   * Records the themes a file gave its written answers as the importing analyst's coding: a review
   * of each such answer, then its themes.
   */
  static void writeCoding(
      Connection db,
      long importId,
      String actor,
      List<ResponseRowParser.ParsedResponse> chunk,
      Map<Integer, Long> responseIds,
      Timestamp now)
      throws SQLException {
    Map<String, Long> answerIds = writtenAnswerIds(db, importId, chunk);
    Map<Long, Set<Long>> themesByAnswer = new LinkedHashMap<>();
    for (ResponseRowParser.ParsedResponse r : chunk) {
      long responseId = responseIds.get(r.firstRow());
      for (ResponseRowParser.ParsedAnswer a : r.answers()) {
        if (!a.themeIds().isEmpty()) {
          themesByAnswer.put(answerIds.get(responseId + ":" + a.questionId()), a.themeIds());
        }
      }
    }
    insertReviews(db, themesByAnswer, actor, now);
    Map<Long, Long> reviewIds = reviewIds(db, importId, chunk);
    insertThemes(db, themesByAnswer, reviewIds);
  }

  /** The chunk's written answers, by response and question (one written answer per question). */
  private static Map<String, Long> writtenAnswerIds(
      Connection db, long importId, List<ResponseRowParser.ParsedResponse> chunk)
      throws SQLException {
    Map<String, Long> answerIds = new HashMap<>();
    inChunk(
        db,
        "SELECT a.response_id, a.question_id, a.id FROM consultation_answer a"
            + " JOIN consultation_response r ON r.id = a.response_id"
            + " WHERE r.import_id = ? AND r.source_row BETWEEN ? AND ?"
            + " AND a.answer_text IS NOT NULL",
        importId,
        chunk,
        rows -> answerIds.put(rows.getLong(1) + ":" + rows.getLong(2), rows.getLong(3)));
    return answerIds;
  }

  private static void insertReviews(
      Connection db, Map<Long, Set<Long>> themesByAnswer, String actor, Timestamp now)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO answer_review (answer_id, coder, coded_at, version) VALUES (?, ?, ?, 1)")) {
      for (Long answerId : themesByAnswer.keySet()) {
        insert.setLong(1, answerId);
        insert.setString(2, actor);
        insert.setTimestamp(3, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The reviews just written, by answer. */
  private static Map<Long, Long> reviewIds(
      Connection db, long importId, List<ResponseRowParser.ParsedResponse> chunk)
      throws SQLException {
    Map<Long, Long> reviewIds = new HashMap<>();
    inChunk(
        db,
        "SELECT v.answer_id, v.id FROM answer_review v"
            + " JOIN consultation_answer a ON a.id = v.answer_id"
            + " JOIN consultation_response r ON r.id = a.response_id"
            + " WHERE r.import_id = ? AND r.source_row BETWEEN ? AND ?",
        importId,
        chunk,
        rows -> reviewIds.put(rows.getLong(1), rows.getLong(2)));
    return reviewIds;
  }

  private static void insertThemes(
      Connection db, Map<Long, Set<Long>> themesByAnswer, Map<Long, Long> reviewIds)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO answer_theme (review_id, theme_id) VALUES (?, ?)")) {
      for (Map.Entry<Long, Set<Long>> entry : themesByAnswer.entrySet()) {
        for (Long themeId : entry.getValue()) {
          insert.setLong(1, reviewIds.get(entry.getKey()));
          insert.setLong(2, themeId);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  /** What is done with each row a query over an import's chunk returns. */
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** Runs a query over the chunk's rows of the import (its id, first and last row bound). */
  private static void inChunk(
      Connection db,
      String sql,
      long importId,
      List<ResponseRowParser.ParsedResponse> chunk,
      RowReader reader)
      throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql)) {
      select.setLong(1, importId);
      select.setInt(2, chunk.get(0).firstRow());
      select.setInt(3, chunk.get(chunk.size() - 1).firstRow());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }
}
