package org.saferpartnerships.consultation.suggestions;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.consultation.text.ThemeDiscovery;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

/**
 * Theme discovery: the topics of the written answers nobody has coded yet (of one question or all,
 * in Welsh or English or both), each named, with its most telling words and typical answers, to
 * help build the codebook. It reads and stores nothing else: a topic becomes a theme only when an
 * analyst adds it to the codebook.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class DiscoveryService {

  private static final int FETCH = 5_000;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "sp.discovery.topics", defaultValue = "10")
  private int defaultTopics;

  @Inject
  @ConfigProperty(name = "sp.discovery.answers", defaultValue = "5000")
  private int mostAnswers;

  @EJB private ConsultationRepository consultations;

  /** How many topics a discovery looks for when the analyst names no number. */
  public int defaultTopics() {
    return defaultTopics;
  }

  /**
   * The topics of the consultation's uncoded written answers; of {@code questionId} only, if given
   * (a free-text question of this consultation), and only those in Welsh (or, if false, not in
   * Welsh), if {@code welsh} is given. Refused if the number of topics is out of range.
   */
  public DiscoveryView discover(
      long consultationId, Long questionId, Integer topics, Boolean welsh) {
    Consultation consultation = consultations.visible(consultationId);
    int asked = topics == null ? defaultTopics : topics;
    if (asked < ThemeDiscovery.FEWEST_TOPICS || asked > ThemeDiscovery.MOST_TOPICS) {
      throw new ServiceException(
          "discovery.topics", ThemeDiscovery.FEWEST_TOPICS, ThemeDiscovery.MOST_TOPICS);
    }
    if (questionId != null
        && consultation.getQuestions().stream()
            .noneMatch(
                q -> q.getId().equals(questionId) && q.getKind() == QuestionKind.FREE_TEXT)) {
      throw new NotFoundException("notFound.freeTextQuestion", questionId);
    }
    Map<Long, String> codes = new HashMap<>();
    consultation.getQuestions().forEach(q -> codes.put(q.getId(), q.getCode()));
    Map<Long, Long> questionOf = new HashMap<>();
    List<ThemeDiscovery.Text> texts;
    try (Connection db = dataSource.getConnection()) {
      texts = uncoded(db, consultationId, questionId, welsh, questionOf);
    } catch (SQLException e) {
      throw new IllegalStateException("reading consultation " + consultationId, e);
    }
    long start = System.nanoTime();
    ThemeDiscovery.Result result =
        ThemeDiscovery.discover(texts, asked, Math.max(ThemeDiscovery.FEWEST_ANSWERS, mostAnswers));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<Long, String> textOf = new HashMap<>();
    for (ThemeDiscovery.Topic topic : result.topics()) {
      topic.examples().forEach(id -> textOf.put(id, null));
    }
    for (ThemeDiscovery.Text text : texts) {
      if (textOf.containsKey(text.answerId())) {
        textOf.put(text.answerId(), text.text());
      }
    }
    List<DiscoveredTopic> found = new ArrayList<>();
    for (ThemeDiscovery.Topic topic : result.topics()) {
      List<DiscoveredTopic.Example> examples =
          topic.examples().stream()
              .map(
                  id ->
                      new DiscoveredTopic.Example(
                          id, codes.get(questionOf.get(id)), textOf.get(id)))
              .toList();
      found.add(new DiscoveredTopic(topic.label(), topic.size(), topic.terms(), examples));
    }
    return new DiscoveryView(
        questionId,
        welsh,
        asked,
        result.answers(),
        result.considered(),
        result.sampled(),
        result.covered(),
        millis,
        List.copyOf(found));
  }

  /** The live responses' written answers that nobody has coded, in the order they came. */
  private static List<ThemeDiscovery.Text> uncoded(
      Connection db,
      long consultationId,
      Long questionId,
      Boolean welsh,
      Map<Long, Long> questionOf)
      throws SQLException {
    String sql =
        "SELECT a.id, a.question_id, a.answer_text FROM consultation_answer a"
            + " JOIN consultation_response r ON r.id = a.response_id"
            + " WHERE r.consultation_id = ? AND r.live = TRUE AND a.answer_text IS NOT NULL"
            + (questionId == null ? "" : " AND a.question_id = ?")
            + (welsh == null ? "" : " AND a.welsh = ?")
            + " AND NOT EXISTS (SELECT 1 FROM answer_review v WHERE v.answer_id = a.id)"
            + " ORDER BY a.id";
    List<ThemeDiscovery.Text> texts = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement(sql)) {
      int p = 1;
      select.setLong(p++, consultationId);
      if (questionId != null) {
        select.setLong(p++, questionId);
      }
      if (welsh != null) {
        select.setBoolean(p, welsh);
      }
      select.setFetchSize(FETCH);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          questionOf.put(id, rows.getLong(2));
          texts.add(new ThemeDiscovery.Text(id, rows.getString(3)));
        }
      }
    }
    return texts;
  }
}
