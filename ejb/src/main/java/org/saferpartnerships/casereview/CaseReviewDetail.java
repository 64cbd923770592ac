package org.saferpartnerships.casereview;

import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.casereview.letters.LetterLine;
import org.saferpartnerships.casereview.review.EscalationOutcome;
import org.saferpartnerships.casereview.review.InformationRequestLine;
import org.saferpartnerships.casereview.review.RecommendationLine;
import org.saferpartnerships.casereview.threshold.ThresholdOutcome;
import org.saferpartnerships.casereview.threshold.ThresholdRoute;
import org.saferpartnerships.casereview.threshold.ThresholdView;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.casereview.victims.VictimType;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * A case review as its page shows it: the application (personal data: reading it is audited), the
 * threshold decision and, with its complaints, the threshold as computed now.
 */
public record CaseReviewDetail(
    String reference,
    String cspCode,
    String cspName,
    String cspNameCy,
    CaseState state,
    LocalDate receivedOn,
    Channel channel,
    VictimType victimType,
    String victimName,
    String contactName,
    String victimEmail,
    String victimPhone,
    String address,
    String postcode,
    boolean applicantIsVictim,
    String applicantName,
    String applicantRelationship,
    String applicantEmail,
    String applicantPhone,
    boolean victimConsent,
    String language,
    ContactMethod contactMethod,
    String accessibilityNeeds,
    String asbDescription,
    String asbLocation,
    boolean hateRelated,
    String socialLandlordName,
    String socialLandlordNameCy,
    boolean contactSharingConsent,
    ThresholdOutcome thresholdOutcome,
    ThresholdRoute thresholdRoute,
    Integer thresholdQualifying,
    LocalDate thresholdDecidedOn,
    String thresholdDecidedBy,
    String discretionBy,
    String discretionReason,
    long version,
    ThresholdView threshold,
    LocalDate reviewMeetingOn,
    List<TargetBody> reviewBodies,
    String independentChair,
    VictimInvolvement victimInvolvement,
    LocalDate reviewHeldOn,
    String reviewSummary,
    LocalDate closedOn,
    String closureReason,
    List<InformationRequestLine> informationRequests,
    List<RecommendationLine> recommendations,
    List<LetterLine> letters,
    java.time.Instant anonymisedAt,
    Long escalationItemId,
    LocalDate escalationRequestedOn,
    String escalationGrounds,
    EscalationOutcome escalationOutcome,
    String escalationReasons,
    LocalDate escalationDecidedOn,
    Priority priority,
    String slaPolicyCode,
    LocalDate decisionDueOn,
    boolean reassessmentDue)
    implements java.io.Serializable {

  public CaseReviewDetail {
    letters = List.copyOf(letters);
    reviewBodies = List.copyOf(reviewBodies);
    informationRequests = List.copyOf(informationRequests);
    recommendations = List.copyOf(recommendations);
  }

  static CaseReviewDetail of(
      CaseReview c,
      ThresholdView threshold,
      List<InformationRequestLine> informationRequests,
      List<RecommendationLine> recommendations,
      List<LetterLine> letters) {
    return new CaseReviewDetail(
        c.getReference(),
        c.getCsp().getGssCode(),
        c.getCsp().getName(),
        c.getCsp().getNameCy(),
        c.getState(),
        c.getReceivedOn(),
        c.getChannel(),
        c.getVictim().getVictimType(),
        c.getVictim().getVictimName(),
        c.getVictim().getContactName(),
        c.getVictim().getVictimEmail(),
        c.getVictim().getVictimPhone(),
        c.getVictim().getAddress(),
        c.getVictim().getPostcode(),
        c.getApplicant().isApplicantIsVictim(),
        c.getApplicant().getApplicantName(),
        c.getApplicant().getApplicantRelationship(),
        c.getApplicant().getApplicantEmail(),
        c.getApplicant().getApplicantPhone(),
        c.getApplicant().isVictimConsent(),
        c.getLanguage(),
        c.getContactMethod(),
        c.getAccessibilityNeeds(),
        c.getAsbDescription(),
        c.getAsbLocation(),
        c.isHateRelated(),
        c.getSocialLandlord() == null ? null : c.getSocialLandlord().getName(),
        c.getSocialLandlord() == null ? null : c.getSocialLandlord().getNameCy(),
        c.getApplicant().isContactSharingConsent(),
        c.getThreshold().getThresholdOutcome(),
        c.getThreshold().getThresholdRoute(),
        c.getThreshold().getThresholdQualifying(),
        c.getThreshold().getThresholdDecidedOn(),
        c.getThreshold().getThresholdDecidedBy(),
        c.getThreshold().getDiscretionBy(),
        c.getThreshold().getDiscretionReason(),
        c.getVersion(),
        threshold,
        c.getMeeting().getReviewMeetingOn(),
        c.getMeeting().getReviewBodies(),
        c.getMeeting().getIndependentChair(),
        c.getMeeting().getVictimInvolvement(),
        c.getMeeting().getReviewHeldOn(),
        c.getMeeting().getReviewSummary(),
        c.getClosedOn(),
        c.getClosureReason(),
        informationRequests,
        recommendations,
        letters,
        c.getAnonymisedAt(),
        c.getEscalation().getEscalationItemId(),
        c.getEscalation().getEscalationRequestedOn(),
        c.getEscalation().getEscalationGrounds(),
        c.getEscalation().getEscalationOutcome(),
        c.getEscalation().getEscalationReasons(),
        c.getEscalation().getEscalationDecidedOn(),
        c.getPriority(),
        c.getSlaPolicyCode(),
        c.getDecisionDueOn(),
        c.reassessmentDue());
  }

  /** Whether the applicant's request for review may be sent now. */
  public boolean mayEscalate() {
    return escalationItemId == null
        && (state == CaseState.THRESHOLD_NOT_MET || state == CaseState.CLOSED)
        && anonymisedAt == null;
  }

  public boolean awaitsDecision() {
    return state.awaitsDecision();
  }
}
