package org.saferpartnerships.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A question of a consultation: its code (Q1), its text in English and Welsh, its kind, options.
 */
@Entity
@Table(name = "consultation_question")
public class ConsultationQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "text_en", nullable = false)
  private String textEn;

  @Column(name = "text_cy")
  private String textCy;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private QuestionKind kind;

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<QuestionOption> options = new ArrayList<>();

  protected ConsultationQuestion() {}

  ConsultationQuestion(
      Consultation consultation, int position, String code, QuestionRequest request) {
    this.consultation = consultation;
    this.position = position;
    this.code = code;
    this.textEn = request.textEn().strip();
    this.textCy = Consultation.blankToNull(request.textCy());
    this.kind = request.kind();
    List<QuestionKind.Label> labels =
        kind.takesOptions() ? request.optionLabels() : kind.fixedOptions();
    for (QuestionKind.Label label : labels) {
      options.add(
          new QuestionOption(
              this, options.size() + 1, label.en().strip(), Consultation.blankToNull(label.cy())));
    }
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public int getPosition() {
    return position;
  }

  public String getCode() {
    return code;
  }

  public String getTextEn() {
    return textEn;
  }

  public String getTextCy() {
    return textCy;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public List<QuestionOption> getOptions() {
    return options;
  }
}
