package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.responses.LetterResponseRequest;
import org.saferpartnerships.consultation.responses.ResponseService;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Typing in a response received by letter or e-mail (consultation/letter.xhtml?id=): who sent it
 * and an answer to each question, a choice or a text by the question's kind.
 */
@Named
@ViewScoped
public class LetterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsultationService consultations;

  @EJB private transient ResponseService responses;

  @Inject private transient PageMessages messages;

  private Long id;
  private ConsultationView consultation;
  private String reference;
  private Long categoryId;
  private String organisation;
  private LocalDate receivedOn;
  private List<Answer> answers = new ArrayList<>();

  /** The answer being typed to one question. */
  public static class Answer implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ConsultationView.QuestionView question;
    private Long option;
    private List<Long> options = new ArrayList<>();
    private String text;

    Answer(ConsultationView.QuestionView question) {
      this.question = question;
    }

    public ConsultationView.QuestionView getQuestion() {
      return question;
    }

    public Long getOption() {
      return option;
    }

    public void setOption(Long option) {
      this.option = option;
    }

    public List<Long> getOptions() {
      return options;
    }

    public void setOptions(List<Long> options) {
      this.options = options;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    LetterResponseRequest.AnswerTerms terms() {
      if (!question.closed()) {
        return text == null || text.isBlank()
            ? null
            : new LetterResponseRequest.AnswerTerms(question.id(), List.of(), text);
      }
      List<Long> chosen =
          question.kind().manyAnswers() ? options : option == null ? List.of() : List.of(option);
      return chosen == null || chosen.isEmpty()
          ? null
          : new LetterResponseRequest.AnswerTerms(question.id(), chosen, null);
    }
  }

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    if (answers.isEmpty()) {
      consultation.questions().forEach(q -> answers.add(new Answer(q)));
    }
    return null;
  }

  @ShowsRefusal("letter:reference")
  public String save() {
    responses.recordLetter(
        id,
        new LetterResponseRequest(
            reference,
            categoryId,
            organisation,
            receivedOn,
            answers.stream().map(Answer::terms).filter(a -> a != null).toList()));
    messages.info("letter.saved");
    return "/consultation/consultation?faces-redirect=true&id=" + id;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public List<Answer> getAnswers() {
    return answers;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }
}
