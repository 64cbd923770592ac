package org.saferpartnerships.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * A consultation run by an organisation (the Home Office, a PCC office): its title in English and
 * (optionally) Welsh, the days it is open, its questions and the categories its respondents are
 * counted by, and whether respondents say if they answer for an organisation.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Column(name = "title_cy")
  private String titleCy;

  @Column(name = "summary")
  private String summary;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private Organisation owner;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Column(name = "asks_organisation", nullable = false)
  private boolean asksOrganisation;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<ConsultationQuestion> questions = new ArrayList<>();

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<RespondentCategory> categories = new ArrayList<>();

  protected Consultation() {}

  Consultation(ConsultationRequest request, Organisation owner, Instant at, String by) {
    this.owner = owner;
    this.titleEn = request.titleEn().strip();
    this.titleCy = blankToNull(request.titleCy());
    this.summary = blankToNull(request.summary());
    this.opensOn = request.opensOn();
    this.closesOn = request.closesOn();
    this.asksOrganisation = request.asksOrganisation();
    this.createdAt = at;
    this.createdBy = by;
  }

  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Adds a question at the end, coded Q1, Q2... by position unless it has a code of its own. */
  ConsultationQuestion addQuestion(QuestionRequest request) {
    int position = questions.size() + 1;
    String code =
        request.code() == null || request.code().isBlank()
            ? "Q" + position
            : request.code().strip();
    String wanted = Answers.normalise(code);
    if (questions.stream().anyMatch(q -> Answers.normalise(q.getCode()).equals(wanted))) {
      throw new ServiceException("consultation.question.codeRepeated", code);
    }
    ConsultationQuestion question = new ConsultationQuestion(this, position, code, request);
    questions.add(question);
    return question;
  }

  RespondentCategory addCategory(String code, String labelEn, String labelCy) {
    RespondentCategory category =
        new RespondentCategory(this, categories.size() + 1, code, labelEn, labelCy);
    categories.add(category);
    return category;
  }

  public Long getId() {
    return id;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getTitleCy() {
    return titleCy;
  }

  public String getSummary() {
    return summary;
  }

  public Organisation getOwner() {
    return owner;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public boolean isAsksOrganisation() {
    return asksOrganisation;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }

  public List<ConsultationQuestion> getQuestions() {
    return questions;
  }

  public List<RespondentCategory> getCategories() {
    return categories;
  }
}
