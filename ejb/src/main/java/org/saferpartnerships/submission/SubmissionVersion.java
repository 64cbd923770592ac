package org.saferpartnerships.submission;

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
import java.util.Arrays;
import java.util.List;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * A version of a submission: its period, summary, priorities and measures (one a line) and its
 * documents. Editable until sent; after that it is the record of what the CSP sent.
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "submission_id", nullable = false, updatable = false)
  private Submission submission;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Column(name = "summary")
  private String summary;

  @Column(name = "priorities")
  private String priorities;

  @Column(name = "measures")
  private String measures;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<SubmissionDocument> documents = new ArrayList<>();

  protected SubmissionVersion() {}

  SubmissionVersion(
      Submission submission, int number, SubmissionVersion copyOf, Instant at, String by) {
    this.submission = submission;
    this.number = number;
    this.createdAt = at;
    this.createdBy = by;
    if (copyOf != null) {
      this.periodFrom = copyOf.periodFrom;
      this.periodTo = copyOf.periodTo;
      this.summary = copyOf.summary;
      this.priorities = copyOf.priorities;
      this.measures = copyOf.measures;
    }
  }

  void edit(VersionContent content) {
    if (isSubmitted()) {
      throw new ServiceException("submission.notEditable");
    }
    this.periodFrom = content.periodFrom();
    this.periodTo = content.periodTo();
    this.summary = content.summaryText();
    this.priorities = VersionContent.joinLines(content.priorities());
    this.measures = VersionContent.joinLines(content.measures());
  }

  void addDocument(SubmissionDocument document) {
    if (isSubmitted()) {
      throw new ServiceException("submission.notEditable");
    }
    documents.add(document);
  }

  void removeDocument(SubmissionDocument document) {
    if (isSubmitted()) {
      throw new ServiceException("submission.notEditable");
    }
    documents.remove(document);
  }

  /** Refuses to send a version with nothing in it: it needs a summary and at least one document. */
  void checkComplete(SubmissionType type) {
    if (summary == null || summary.isBlank()) {
      throw new ServiceException("submission.summaryRequired");
    }
    if (documents.isEmpty()) {
      throw new ServiceException("submission.documentRequired");
    }
    boolean plan =
        type == SubmissionType.PARTNERSHIP_PLAN
            || type == SubmissionType.PLAN_REFRESH
            || type == SubmissionType.COMMUNITY_SAFETY_AGREEMENT;
    if (plan && getPriorities().isEmpty()) {
      throw new ServiceException("submission.prioritiesRequired");
    }
  }

  void submit(Instant at, String by) {
    this.submittedAt = at;
    this.submittedBy = by;
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Submission getSubmission() {
    return submission;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public String getSummary() {
    return summary;
  }

  public List<String> getPriorities() {
    return lines(priorities);
  }

  public List<String> getMeasures() {
    return lines(measures);
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public List<SubmissionDocument> getDocuments() {
    return List.copyOf(documents);
  }

  public long getVersion() {
    return version;
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
