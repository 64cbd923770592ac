package org.saferpartnerships.submission;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * One thing a CSP sends its policing body for a financial year, with every version it was sent in:
 * a returned submission gets a new version and the earlier one stays as it was sent. Its review is
 * a work item ({@code reviewItemId}); the state here follows it.
 */
@Entity
@Table(name = "submission")
public class Submission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  /** The force area's id, read-only, for joins on the column itself. */
  @Column(name = "pfa_id", insertable = false, updatable = false)
  private Long pfaId;

  @Enumerated(EnumType.STRING)
  @Column(name = "submission_type", nullable = false, updatable = false)
  private SubmissionType type;

  @Column(name = "financial_year", nullable = false, updatable = false)
  private int financialYear;

  @Column(name = "title", nullable = false)
  private String title;

  /** The s9 grant a monitoring return reports on (accountability's, so held by its id). */
  @Column(name = "grant_id", updatable = false)
  private Long grantId;

  /** The s7 report request a reply answers (accountability's, so held by its id). */
  @Column(name = "report_request_id", updatable = false)
  private Long reportRequestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private SubmissionState state;

  @Column(name = "first_submitted_at")
  private Instant firstSubmittedAt;

  @Column(name = "first_submitted_on")
  private LocalDate firstSubmittedOn;

  @Column(name = "last_submitted_at")
  private Instant lastSubmittedAt;

  @Column(name = "review_item_id")
  private Long reviewItemId;

  @Column(name = "feedback")
  private String feedback;

  @Column(name = "return_reason")
  private String returnReason;

  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Column(name = "signed_off_by")
  private String signedOffBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<SubmissionVersion> versions = new ArrayList<>();

  protected Submission() {}

  Submission(
      Area csp,
      Area pfa,
      SubmissionType type,
      int financialYear,
      String title,
      Long grantId,
      Long reportRequestId,
      Instant at,
      String by) {
    this.reportRequestId = reportRequestId;
    this.csp = csp;
    this.pfa = pfa;
    this.type = type;
    this.financialYear = financialYear;
    this.title = title;
    this.grantId = grantId;
    this.state = SubmissionState.DRAFT;
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
    SubmissionVersion first = new SubmissionVersion(this, 1, null, at, by);
    versions.add(first);
  }

  /** The version being prepared or, once sent, the one last sent. */
  public SubmissionVersion current() {
    return versions.get(versions.size() - 1);
  }

  /** Sends the current version: it is frozen, and the submission waits for its review. */
  public void send(LocalDate today, Instant at, String by) {
    SubmissionVersion draft = current();
    if (draft.isSubmitted() || !state.editable()) {
      throw new ServiceException("submission.notEditable");
    }
    draft.checkComplete(type);
    draft.submit(at, by);
    if (firstSubmittedAt == null) {
      firstSubmittedAt = at;
      firstSubmittedOn = today;
    }
    lastSubmittedAt = at;
    state = SubmissionState.SUBMITTED;
    returnReason = null;
    updatedAt = at;
  }

  void reviewOpened(long itemId) {
    this.reviewItemId = itemId;
  }

  public void claimed(Instant at) {
    state = SubmissionState.IN_REVIEW;
    updatedAt = at;
  }

  /** Put back in the review queue: sent, waiting for a reviewer. */
  public void released(Instant at) {
    if (state == SubmissionState.IN_REVIEW) {
      state = SubmissionState.SUBMITTED;
    }
    updatedAt = at;
  }

  /** Returned for changes: a new version, a copy of the one sent, is opened for the CSP. */
  public void returned(String reason, Instant at, String by) {
    returnReason = reason;
    state = SubmissionState.RETURNED;
    updatedAt = at;
    versions.add(new SubmissionVersion(this, versions.size() + 1, current(), at, by));
  }

  public void signedOff(Instant at, String by) {
    state = SubmissionState.SIGNED_OFF;
    signedOffAt = at;
    signedOffBy = by;
    updatedAt = at;
  }

  public void withdrawn(Instant at) {
    state = SubmissionState.WITHDRAWN;
    updatedAt = at;
  }

  public void writeFeedback(String text, Instant at) {
    this.feedback = text;
    this.updatedAt = at;
  }

  void retitle(String text, Instant at) {
    this.title = text;
    this.updatedAt = at;
  }

  public void touch(Instant at) {
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Area getCsp() {
    return csp;
  }

  public Area getPfa() {
    return pfa;
  }

  public SubmissionType getType() {
    return type;
  }

  public int getFinancialYear() {
    return financialYear;
  }

  public String getTitle() {
    return title;
  }

  public Long getGrantId() {
    return grantId;
  }

  public Long getReportRequestId() {
    return reportRequestId;
  }

  public SubmissionState getState() {
    return state;
  }

  public Instant getFirstSubmittedAt() {
    return firstSubmittedAt;
  }

  public LocalDate getFirstSubmittedOn() {
    return firstSubmittedOn;
  }

  public Instant getLastSubmittedAt() {
    return lastSubmittedAt;
  }

  public Long getReviewItemId() {
    return reviewItemId;
  }

  public String getFeedback() {
    return feedback;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }

  public String getSignedOffBy() {
    return signedOffBy;
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

  public List<SubmissionVersion> getVersions() {
    return List.copyOf(versions);
  }

  public String reference() {
    return reference(id);
  }

  public static String reference(long id) {
    return String.format("SUB-%06d", id);
  }
}
