package org.saferpartnerships.api.submission;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies the submission, grant and calendar endpoints take. */
public final class SubmissionBodies {

  private SubmissionBodies() {}

  /** Starting a submission. */
  public record Create(
      String csp, String type, Integer year, String title, Long grant, Long request) {}

  /** A report request. */
  public record Request(String csp, String subject, String details, String dueOn) {}

  /** A reason (withdrawing a request). */
  public record Reason(String reason) {}

  /** The title and the version being prepared; {@code version} is the submission's. */
  public record Edit(
      Long version,
      String title,
      String periodFrom,
      String periodTo,
      String summary,
      List<String> priorities,
      List<String> measures) {}

  /**
   * An action: {@code version} for those that change the submission; {@code reason} for withdraw
   * and return; {@code text} for feedback and recommend; {@code dueOn} for recommend; {@code
   * check}, {@code answer} and {@code note} for answer.
   */
  public record Action(
      Long version,
      String reason,
      String text,
      String dueOn,
      Long check,
      String answer,
      String note) {}

  /** A due date of the calendar. */
  public record Due(String dueOn, Long version) {}

  /** A grant of the register. */
  public record Grant(
      String pfa,
      String csp,
      String recipient,
      String purpose,
      BigDecimal amount,
      Integer year,
      String awardedOn,
      String conditions,
      String monitoringDueOn,
      BigDecimal repaidAmount,
      String repaymentNote,
      Long version) {}
}
