package org.saferpartnerships.submission;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.saferpartnerships.submission.review.CheckView;
import org.saferpartnerships.submission.review.RecommendationView;

/**
 * A submission's page: what it is, every version, and its review (checklist, feedback,
 * recommendations), with what the caller may do now.
 */
public record SubmissionDetail(
    SubmissionSummary summary,
    String pfaName,
    String pfaNameCy,
    Long grantId,
    String grantRecipient,
    String feedback,
    String returnReason,
    Instant signedOffAt,
    String signedOffBy,
    Long reviewItemId,
    String reviewState,
    String reviewHolder,
    String reviewHolderCy,
    java.time.LocalDate reviewDueOn,
    long version,
    List<VersionView> versions,
    List<CheckView> checks,
    List<RecommendationView> recommendations,
    Permissions may)
    implements Serializable {

  public SubmissionDetail {
    versions = List.copyOf(versions);
    checks = List.copyOf(checks);
    recommendations = List.copyOf(recommendations);
  }

  public VersionView current() {
    return versions.get(versions.size() - 1);
  }

  public String reviewReference() {
    return reviewItemId == null ? null : String.format("WI-%06d", reviewItemId);
  }

  /** What the caller may do with the submission now. */
  public record Permissions(
      boolean edit,
      boolean submit,
      boolean withdraw,
      boolean claim,
      boolean review,
      boolean signOff,
      boolean returnIt,
      boolean openItem)
      implements Serializable {}
}
