package org.saferpartnerships.casereview;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.saferpartnerships.casereview.review.EscalationOutcome;
import org.saferpartnerships.casereview.risk.RiskBandTerms;
import org.saferpartnerships.casereview.threshold.ThresholdOutcome;
import org.saferpartnerships.casereview.threshold.ThresholdRoute;
import org.saferpartnerships.casereview.threshold.ThresholdRule;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.casereview.victims.VictimType;
import org.saferpartnerships.partnership.registry.Area;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "victim_type", nullable = false)
  private VictimType victimType;

  @Column(name = "victim_name")
  private String victimName;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "victim_email")
  private String victimEmail;

  @Column(name = "victim_phone")
  private String victimPhone;

  @Column(name = "address")
  private String address;

  @Column(name = "postcode")
  private String postcode;

  @Column(name = "applicant_is_victim", nullable = false)
  private boolean applicantIsVictim;

  @Column(name = "applicant_name")
  private String applicantName;

  @Column(name = "applicant_relationship")
  private String applicantRelationship;

  @Column(name = "applicant_email")
  private String applicantEmail;

  @Column(name = "applicant_phone")
  private String applicantPhone;

  @Column(name = "victim_consent", nullable = false)
  private boolean victimConsent;

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

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "threshold_rule_id", nullable = false, updatable = false)
  private ThresholdRule thresholdRule;

  @Enumerated(EnumType.STRING)
  @Column(name = "threshold_outcome")
  private ThresholdOutcome thresholdOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "threshold_route")
  private ThresholdRoute thresholdRoute;

  @Column(name = "threshold_qualifying")
  private Integer thresholdQualifying;

  @Column(name = "threshold_decided_on")
  private LocalDate thresholdDecidedOn;

  @Column(name = "threshold_decided_by")
  private String thresholdDecidedBy;

  @Column(name = "discretion_by")
  private String discretionBy;

  @Column(name = "discretion_reason")
  private String discretionReason;

  @Column(name = "review_meeting_on")
  private LocalDate reviewMeetingOn;

  @Column(name = "independent_chair")
  private String independentChair;

  @Enumerated(EnumType.STRING)
  @Column(name = "victim_involvement")
  private VictimInvolvement victimInvolvement;

  @Column(name = "review_bodies")
  private String reviewBodies;

  @Column(name = "review_held_on")
  private LocalDate reviewHeldOn;

  @Column(name = "review_summary")
  private String reviewSummary;

  @Column(name = "closure_reason")
  private String closureReason;

  @Column(name = "escalation_item_id")
  private Long escalationItemId;

  @Column(name = "escalation_requested_on")
  private LocalDate escalationRequestedOn;

  @Column(name = "escalation_grounds")
  private String escalationGrounds;

  @Enumerated(EnumType.STRING)
  @Column(name = "escalation_outcome")
  private EscalationOutcome escalationOutcome;

  @Column(name = "escalation_reasons")
  private String escalationReasons;

  @Column(name = "escalation_decided_on")
  private LocalDate escalationDecidedOn;

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
    this.victimType = application.victimType();
    this.victimName = trim(application.victimName());
    this.contactName = trim(application.contactName());
    this.victimEmail = trim(application.victimEmail());
    this.victimPhone = trim(application.victimPhone());
    this.address = trim(application.address());
    this.postcode =
        application.postcode() == null ? null : normalisePostcode(application.postcode());
    this.applicantIsVictim = application.applicantIsVictim();
    if (!applicantIsVictim) {
      this.applicantName = trim(application.applicantName());
      this.applicantRelationship = trim(application.applicantRelationship());
      this.applicantEmail = trim(application.applicantEmail());
      this.applicantPhone = trim(application.applicantPhone());
    }
    this.victimConsent = applicantIsVictim || application.victimConsent();
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
    this.thresholdOutcome = outcome;
    this.thresholdRoute = route;
    this.thresholdQualifying = qualifying;
    this.thresholdDecidedOn = on;
    this.thresholdDecidedBy = by;
    this.discretionBy = discretionBy;
    this.discretionReason = discretionReason;
    this.state =
        outcome == ThresholdOutcome.MET ? CaseState.THRESHOLD_MET : CaseState.THRESHOLD_NOT_MET;
    this.updatedAt = at;
  }

  void scheduleReview(
      LocalDate meetingOn,
      List<TargetBody> bodies,
      String chair,
      VictimInvolvement involvement,
      Instant at) {
    this.reviewMeetingOn = meetingOn;
    this.reviewBodies = String.join(",", bodies.stream().map(Enum::name).toList());
    this.independentChair = trim(chair);
    this.victimInvolvement = involvement;
    this.state = CaseState.REVIEW_SCHEDULED;
    this.updatedAt = at;
  }

  void recordReview(LocalDate heldOn, String summary, Instant at) {
    this.reviewHeldOn = heldOn;
    this.reviewSummary = trim(summary);
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
    this.victimName = null;
    this.contactName = null;
    this.victimEmail = null;
    this.victimPhone = null;
    this.address = null;
    this.postcode = null;
    this.applicantName = null;
    this.applicantRelationship = null;
    this.applicantEmail = null;
    this.applicantPhone = null;
    this.accessibilityNeeds = null;
    this.asbDescription = null;
    this.asbLocation = null;
    this.discretionBy = null;
    this.discretionReason = null;
    this.independentChair = null;
    this.reviewSummary = null;
    this.closureReason = null;
    this.escalationGrounds = null;
    this.escalationReasons = null;
    this.anonymisedAt = at;
    this.updatedAt = at;
  }

  void escalate(long itemId, LocalDate on, String grounds, Instant at) {
    this.escalationItemId = itemId;
    this.escalationRequestedOn = on;
    this.escalationGrounds = trim(grounds);
    this.escalationOutcome = EscalationOutcome.REQUESTED;
    this.updatedAt = at;
  }

  public void escalationDecided(
      EscalationOutcome outcome, String reasons, LocalDate on, Instant at) {
    this.escalationOutcome = outcome;
    if (reasons != null) {
      this.escalationReasons = trim(reasons);
    }
    if (outcome != EscalationOutcome.HEARING) {
      this.escalationDecidedOn = on;
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

  public Long getEscalationItemId() {
    return escalationItemId;
  }

  public LocalDate getEscalationRequestedOn() {
    return escalationRequestedOn;
  }

  public String getEscalationGrounds() {
    return escalationGrounds;
  }

  public EscalationOutcome getEscalationOutcome() {
    return escalationOutcome;
  }

  public String getEscalationReasons() {
    return escalationReasons;
  }

  public LocalDate getEscalationDecidedOn() {
    return escalationDecidedOn;
  }

  void touch(Instant at) {
    this.updatedAt = at;
  }

  static String normalisePostcode(String postcode) {
    String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return compact.length() < 5
        ? compact
        : compact.substring(0, compact.length() - 3)
            + " "
            + compact.substring(compact.length() - 3);
  }

  private static String trim(String text) {
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

  public VictimType getVictimType() {
    return victimType;
  }

  public String getVictimName() {
    return victimName;
  }

  public String getContactName() {
    return contactName;
  }

  public String getVictimEmail() {
    return victimEmail;
  }

  public String getVictimPhone() {
    return victimPhone;
  }

  public String getAddress() {
    return address;
  }

  public String getPostcode() {
    return postcode;
  }

  public boolean isApplicantIsVictim() {
    return applicantIsVictim;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public String getApplicantRelationship() {
    return applicantRelationship;
  }

  public String getApplicantEmail() {
    return applicantEmail;
  }

  public String getApplicantPhone() {
    return applicantPhone;
  }

  public boolean isVictimConsent() {
    return victimConsent;
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

  public ThresholdOutcome getThresholdOutcome() {
    return thresholdOutcome;
  }

  public ThresholdRoute getThresholdRoute() {
    return thresholdRoute;
  }

  public Integer getThresholdQualifying() {
    return thresholdQualifying;
  }

  public LocalDate getThresholdDecidedOn() {
    return thresholdDecidedOn;
  }

  public String getThresholdDecidedBy() {
    return thresholdDecidedBy;
  }

  /** For a discretionary decision: the senior officer who made it. */
  public String getDiscretionBy() {
    return discretionBy;
  }

  public String getDiscretionReason() {
    return discretionReason;
  }

  public LocalDate getReviewMeetingOn() {
    return reviewMeetingOn;
  }

  public String getIndependentChair() {
    return independentChair;
  }

  public VictimInvolvement getVictimInvolvement() {
    return victimInvolvement;
  }

  /** The bodies taking part in the review. */
  public List<TargetBody> getReviewBodies() {
    return reviewBodies == null || reviewBodies.isBlank()
        ? List.of()
        : Arrays.stream(reviewBodies.split(",")).map(TargetBody::valueOf).toList();
  }

  public String getReviewSummary() {
    return reviewSummary;
  }

  public String getClosureReason() {
    return closureReason;
  }

  /** The day the review meeting was held, or null. */
  public LocalDate getReviewHeldOn() {
    return reviewHeldOn;
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
