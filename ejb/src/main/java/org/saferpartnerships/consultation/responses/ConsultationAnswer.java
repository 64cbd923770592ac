package org.saferpartnerships.consultation.responses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.QuestionOption;
import org.saferpartnerships.consultation.text.WelshDetector;

/** One answer of a response: an option chosen (one row each for multiple choice) or a text. */
@Entity
@Table(name = "consultation_answer")
public class ConsultationAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "response_id", nullable = false, updatable = false)
  private ConsultationResponse response;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private ConsultationQuestion question;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "option_id", updatable = false)
  private QuestionOption option;

  @Column(name = "answer_text", updatable = false)
  private String text;

  /** Whether the text is in Welsh, as OpenNLP's language detector told when it was stored. */
  @Column(name = "welsh", nullable = false, updatable = false)
  private boolean welsh;

  protected ConsultationAnswer() {}

  ConsultationAnswer(
      ConsultationResponse response,
      ConsultationQuestion question,
      QuestionOption option,
      String text) {
    this.response = response;
    this.question = question;
    this.option = option;
    this.text = text;
    this.welsh = WelshDetector.isWelsh(text);
  }

  public Long getId() {
    return id;
  }

  public ConsultationResponse getResponse() {
    return response;
  }

  public ConsultationQuestion getQuestion() {
    return question;
  }

  public QuestionOption getOption() {
    return option;
  }

  public boolean isWelsh() {
    return welsh;
  }

  public String getText() {
    return text;
  }
}
