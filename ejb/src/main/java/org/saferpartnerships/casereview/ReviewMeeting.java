package org.saferpartnerships.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * The case review meeting: when, with whom and with what part for the victim, and what it found.
 * Part of {@link CaseReview}, in its table.
 */
@Embeddable
public class ReviewMeeting implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "review_meeting_on")
  private LocalDate reviewMeetingOn;

  @Column(name = "review_arranged_on")
  private LocalDate reviewArrangedOn;

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

  protected ReviewMeeting() {}

  ReviewMeeting(
      LocalDate meetingOn,
      LocalDate arrangedOn,
      List<TargetBody> bodies,
      String chair,
      VictimInvolvement involvement) {
    this.reviewMeetingOn = meetingOn;
    this.reviewArrangedOn = arrangedOn;
    this.reviewBodies = String.join(",", bodies.stream().map(Enum::name).toList());
    this.independentChair = CaseReview.trim(chair);
    this.victimInvolvement = involvement;
  }

  void held(LocalDate heldOn, String summary) {
    this.reviewHeldOn = heldOn;
    this.reviewSummary = CaseReview.trim(summary);
  }

  void anonymise() {
    this.independentChair = null;
    this.reviewSummary = null;
  }

  /** The day the meeting was arranged; null for a case arranged before this was recorded. */
  public LocalDate getReviewArrangedOn() {
    return reviewArrangedOn;
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

  /** The day the review meeting was held, or null. */
  public LocalDate getReviewHeldOn() {
    return reviewHeldOn;
  }

  public String getReviewSummary() {
    return reviewSummary;
  }
}
