package org.saferpartnerships.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.saferpartnerships.casereview.review.EscalationOutcome;
import org.saferpartnerships.casereview.risk.RiskBandTerms;
import org.saferpartnerships.casereview.threshold.ThresholdOutcome;
import org.saferpartnerships.casereview.threshold.ThresholdRoute;
import org.saferpartnerships.casereview.threshold.ThresholdRule;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * One application for an ASB case review and what became of it. The personal data (victim,
 * applicant, what happened) sits here and in its complaints only; anonymising a closed case blanks
 * it and keeps the dates and outcomes the statutory figures count.
 */
@Entity
@Table(name = "case_review")
public class CaseReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reference", unique = true)
  private String reference;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private CaseState state;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false)
  private Channel channel;

  @Embedded private VictimDetails victim;

  @Embedded private ApplicantDetails applicant;

  /** Null until the threshold is decided. */
  @Embedded private ThresholdRecord threshold;

  /** Null until the review meeting is scheduled. */
  @Embedded private ReviewMeeting meeting;

  /** Null unless the policing body was asked to review the case. */
  @Embedded private Escalation escalation;

  @Column(name = "language", nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_method", nullable = false)
  private ContactMethod contactMethod;

  @Column(name = "accessibility_needs")
  private String accessibilityNeeds;

  @Column(name = "asb_description")
  private String asbDescription;

  @Column(name = "asb_location")
  private String asbLocation;

  @Column(name = "hate_related", nullable = false)
  private boolean hateRelated;

  /** The victim's social landlord, a registered provider that is a member of the partnership. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "social_landlord_id")
  private Organisation socialLandlord;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "threshold_rule_id", nullable = false, updatable = false)
  private ThresholdRule thresholdRule;

  @Column(name = "closure_reason")
  private String closureReason;

  @Column(name = "recommendation_count", nullable = false)
  private int recommendationCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", nullable = false)
  private Priority priority = Priority.NORMAL;

  @Column(name = "sla_policy_code", nullable = false)
  private String slaPolicyCode;

  @Column(name = "decision_due_on")
  private LocalDate decisionDueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessed_stage")
  private CaseState assessedStage;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CaseReview() {}

  public CaseReview(
      Application application,
      Area csp,
      LocalDate receivedOn,
      ThresholdRule rule,
      RiskBandTerms band,
      LocalDate decisionDueOn,
      Instant at,
      String by) {
    this.csp = csp;
    this.state = CaseState.RECEIVED;
    this.priority = band.priority();
    this.slaPolicyCode = band.slaPolicyCode();
    this.decisionDueOn = decisionDueOn;
    this.receivedOn = receivedOn;
    this.channel = application.channel();
    this.victim = new VictimDetails(application);
    this.applicant = new ApplicantDetails(application);
    this.language = application.language();
    this.contactMethod = application.contactMethod();
    this.accessibilityNeeds = trim(application.accessibilityNeeds());
    this.asbDescription = trim(application.asbDescription());
    this.asbLocation = trim(application.asbLocation());
    this.hateRelated = application.hateRelated();
    this.thresholdRule = rule;
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
  }

  /**
   * Names the victim's social landlord (the service has checked it is one of the partnership's).
   */
  public void nameSocialLandlord(Organisation landlord) {
    this.socialLandlord = landlord;
  }

  public Organisation getSocialLandlord() {
    return socialLandlord;
  }

  /** The reference given to the applicant: CR, the year received, and a serial number. */
  void assignReference() {
    this.reference = String.format(Locale.ROOT, "CR%d-%05d", receivedOn.getYear(), id);
  }

  /**
   * Takes the priority and decision SLA policy of an assessment's band; the deadline moves only
   * while the threshold decision is still to be made.
   */
  public void assessed(RiskBandTerms band, LocalDate decisionDueOn, Instant at) {
    this.priority = band.priority();
    this.slaPolicyCode = band.slaPolicyCode();
    if (state.awaitsDecision()) {
      this.decisionDueOn = decisionDueOn;
    }
    this.assessedStage = state;
    this.updatedAt = at;
  }

  /** Whether the case has moved to another stage since it was last assessed (or never was). */
  public boolean reassessmentDue() {
    return state != CaseState.CLOSED && anonymisedAt == null && assessedStage != state;
  }

  void acknowledge(Instant at) {
    this.state = CaseState.ACKNOWLEDGED;
    this.updatedAt = at;
  }

  void decideThreshold(
      ThresholdOutcome outcome,
      ThresholdRoute route,
      int qualifying,
      LocalDate on,
      String by,
      String discretionBy,
      String discretionReason,
      Instant at) {
    this.threshold =
        new ThresholdRecord(outcome, route, qualifying, on, by, discretionBy, discretionReason);
    this.state =
        outcome == ThresholdOutcome.MET ? CaseState.THRESHOLD_MET : CaseState.THRESHOLD_NOT_MET;
    this.updatedAt = at;
  }

  void scheduleReview(
      LocalDate meetingOn,
      List<TargetBody> bodies,
      String chair,
      VictimInvolvement involvement,
      LocalDate arrangedOn,
      Instant at) {
    this.meeting = new ReviewMeeting(meetingOn, arrangedOn, bodies, chair, involvement);
    this.state = CaseState.REVIEW_SCHEDULED;
    this.updatedAt = at;
  }

  void recordReview(LocalDate heldOn, String summary, Instant at) {
    this.meeting = getMeeting();
    meeting.held(heldOn, summary);
    this.state = CaseState.REVIEW_HELD;
    this.updatedAt = at;
  }

  /** Returns the new recommendation's number within the case. */
  int addRecommendation(Instant at) {
    this.recommendationCount++;
    this.state = CaseState.MONITORING;
    this.updatedAt = at;
    return recommendationCount;
  }

  void close(LocalDate on, String reason, Instant at) {
    this.closedOn = on;
    this.closureReason = trim(reason);
    this.state = CaseState.CLOSED;
    this.updatedAt = at;
  }

  /**
   * Removes the personal data, keeping what the statutory figures and the threshold's record need:
   * the CSP, the dates, the outcomes and the counts.
   */
  public void anonymise(Instant at) {
    victim.anonymise();
    applicant.anonymise();
    this.accessibilityNeeds = null;
    this.asbDescription = null;
    this.asbLocation = null;
    if (threshold != null) {
      threshold.anonymise();
    }
    if (meeting != null) {
      meeting.anonymise();
    }
    this.closureReason = null;
    if (escalation != null) {
      escalation.anonymise();
    }
    this.anonymisedAt = at;
    this.updatedAt = at;
  }

  public void escalate(long itemId, LocalDate on, String grounds, Instant at) {
    this.escalation = new Escalation(itemId, on, grounds);
    this.updatedAt = at;
  }

  /**
   * Records the policing body's word on the applicant's request for review. Upheld, the case opens
   * again as the body directed: for a new threshold decision (complaints can be added and the
   * threshold decided again), or ready for a review to be planned.
   */
  public void escalationDecided(
      EscalationOutcome outcome, String reasons, LocalDate on, Instant at) {
    this.escalation = getEscalation();
    escalation.decided(outcome, reasons, on);
    if (outcome == EscalationOutcome.UPHELD) {
      this.state = CaseState.ACKNOWLEDGED;
      this.closedOn = null;
    } else if (outcome == EscalationOutcome.UPHELD_REVIEW) {
      this.state = CaseState.THRESHOLD_MET;
      this.closedOn = null;
    }
    this.updatedAt = at;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getSlaPolicyCode() {
    return slaPolicyCode;
  }

  public LocalDate getDecisionDueOn() {
    return decisionDueOn;
  }

  public CaseState getAssessedStage() {
    return assessedStage;
  }

  void touch(Instant at) {
    this.updatedAt = at;
  }

  /** A postcode in capitals with one space before its last three characters. */
  public static String normalisePostcode(String postcode) {
    String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return compact.length() < 5
        ? compact
        : compact.substring(0, compact.length() - 3)
            + " "
            + compact.substring(compact.length() - 3);
  }

  /** The victim as the application gives them. */
  public VictimDetails getVictim() {
    return victim;
  }

  /** Who applied, when not the victim, and the victim's consent. */
  public ApplicantDetails getApplicant() {
    return applicant;
  }

  /** The threshold decision; empty until it is made. */
  public ThresholdRecord getThreshold() {
    return threshold == null ? new ThresholdRecord() : threshold;
  }

  /** The review meeting; empty until it is scheduled. */
  public ReviewMeeting getMeeting() {
    return meeting == null ? new ReviewMeeting() : meeting;
  }

  /** The request for the policing body's review; empty unless one was made. */
  public Escalation getEscalation() {
    return escalation == null ? new Escalation() : escalation;
  }

  static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Area getCsp() {
    return csp;
  }

  public CaseState getState() {
    return state;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getLanguage() {
    return language;
  }

  public ContactMethod getContactMethod() {
    return contactMethod;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public String getAsbDescription() {
    return asbDescription;
  }

  public String getAsbLocation() {
    return asbLocation;
  }

  public boolean isHateRelated() {
    return hateRelated;
  }

  public ThresholdRule getThresholdRule() {
    return thresholdRule;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public int getRecommendationCount() {
    return recommendationCount;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public Instant getAnonymisedAt() {
    return anonymisedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
