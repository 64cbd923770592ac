package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.suggestions.DiscoveredTopic;
import org.saferpartnerships.consultation.suggestions.DiscoveryService;
import org.saferpartnerships.consultation.suggestions.DiscoveryView;
import org.saferpartnerships.consultation.text.ThemeDiscovery;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.PageMessages;

/**
 * Find candidate themes (consultation/discovery.xhtml?id=&amp;question=&amp;topics=&amp;
 * language=): the topics of the answers nobody has coded yet, each with its telling words, typical
 * answers and a way into the codebook. A plain GET form: a discovery changes nothing, so its
 * address can be bookmarked and shared; it runs once the form is sent (topics is given).
 */
@Named
@RequestScoped
public class DiscoveryPage {

  /** How long an example answer is shown before it is cut. */
  static final int EXAMPLE_LENGTH = 300;

  @EJB private ConsultationService consultations;

  @EJB private DiscoveryService discovery;

  @Inject private PageMessages messages;

  private Long id;
  private String question;
  private String topics;
  private String language;
  private ConsultationView consultation;
  private DiscoveryView found;

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    if (topics == null) {
      return null;
    }
    try {
      found = discovery.discover(id, identity(question), number(topics), welsh());
    } catch (ServiceException refusal) {
      messages.refused("topics", refusal);
    } catch (NumberFormatException typed) {
      // an address typed by hand: said as the range the choices come from
      messages.refused(
          "topics",
          new ServiceException(
              "discovery.topics", ThemeDiscovery.FEWEST_TOPICS, ThemeDiscovery.MOST_TOPICS));
    }
    return null;
  }

  private static Long identity(String text) {
    return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
  }

  private static Integer number(String text) {
    return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
  }

  private Boolean welsh() {
    return switch (language == null ? "" : language) {
      case "cy" -> Boolean.TRUE;
      case "en" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** The numbers of topics offered. */
  public List<String> getTopicChoices() {
    return IntStream.rangeClosed(1, ThemeDiscovery.MOST_TOPICS / 5)
        .mapToObj(i -> String.valueOf(i * 5))
        .toList();
  }

  /** The number shown chosen: the one asked for, else the configured one. */
  public String getTopicsChosen() {
    return topics == null ? String.valueOf(discovery.defaultTopics()) : topics.strip();
  }

  /** The definition a topic's theme starts with in the codebook: its telling words. */
  public String definition(DiscoveredTopic topic) {
    return String.join(", ", topic.terms());
  }

  /** An example answer, cut at a word near {@link #EXAMPLE_LENGTH} characters. */
  public String shortened(String text) {
    if (text == null || text.length() <= EXAMPLE_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', EXAMPLE_LENGTH);
    return text.substring(0, cut > EXAMPLE_LENGTH / 2 ? cut : EXAMPLE_LENGTH) + "…";
  }

  public DiscoveryView getFound() {
    return found;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
