package org.saferpartnerships.consultation.responses;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.QuestionOption;
import org.saferpartnerships.consultation.RespondentCategory;

/**
 * One respondent's response: who they are (their reference in the source, their category, the
 * organisation they answered for) and their answers. Imported responses are not live (counted or
 * listed) until their whole file is in.
 */
@Entity
@Table(name = "consultation_response")
public class ConsultationResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Column(name = "reference", updatable = false)
  private String reference;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private RespondentCategory category;

  @Column(name = "organisation_name")
  private String organisationName;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false)
  private ResponseChannel channel;

  @Column(name = "import_id", updatable = false)
  private Long importId;

  @Column(name = "source_row", updatable = false)
  private Integer sourceRow;

  @Column(name = "live", nullable = false)
  private boolean live;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
  private List<ConsultationAnswer> answers = new ArrayList<>();

  protected ConsultationResponse() {}

  /** A response typed in by staff: live at once. */
  ConsultationResponse(
      Consultation consultation,
      String reference,
      RespondentCategory category,
      String organisationName,
      LocalDate submittedOn,
      Instant at,
      String by) {
    this.consultation = consultation;
    this.reference = reference;
    this.category = category;
    this.organisationName = organisationName;
    this.submittedOn = submittedOn;
    this.channel = ResponseChannel.LETTER;
    this.live = true;
    this.createdAt = at;
    this.createdBy = by;
  }

  void add(ConsultationQuestion question, QuestionOption option, String text) {
    answers.add(new ConsultationAnswer(this, question, option, text));
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public String getReference() {
    return reference;
  }

  public RespondentCategory getCategory() {
    return category;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public ResponseChannel getChannel() {
    return channel;
  }

  public Long getImportId() {
    return importId;
  }

  public Integer getSourceRow() {
    return sourceRow;
  }

  public boolean isLive() {
    return live;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<ConsultationAnswer> getAnswers() {
    return answers;
  }
}
