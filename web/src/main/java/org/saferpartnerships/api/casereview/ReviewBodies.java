package org.saferpartnerships.api.casereview;

import java.util.List;

/** The bodies of the review-step requests, as the API takes them: enums and dates as text. */
public final class ReviewBodies {

  private ReviewBodies() {}

  /** Arranging the review meeting. */
  public record Plan(
      Long version,
      String meetingOn,
      List<String> bodies,
      String independentChair,
      String victimInvolvement,
      Boolean requestInformation,
      String informationNeeded) {}

  /** The review held. */
  public record Held(Long version, String heldOn, String summary) {}

  /** A recommendation. */
  public record Recommendation(Long version, String body, String text, String dueOn) {}

  /** Closing the case. */
  public record Close(Long version, String reason) {}

  /** The applicant's request for review by the policing body. */
  public record Escalation(Long version, String grounds) {}
}
