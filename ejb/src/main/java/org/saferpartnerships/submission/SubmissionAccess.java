package org.saferpartnerships.submission;

import java.util.Map;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.platform.persistence.JpqlConditions;

/**
 * Who may see a submission: administrators every one; a CSP coordinator those of the CSPs they act
 * for, drafts included; a PCC reviewer those of the CSPs in the force area their policing body
 * governs, once sent (a draft is the partnership's own until it sends it). Anyone else: it does not
 * exist.
 */
final class SubmissionAccess {

  private SubmissionAccess() {}

  static boolean mayView(Scope scope, Submission submission) {
    if (scope.has(Role.ADMIN)) {
      return true;
    }
    long csp = submission.getCsp().getId();
    if (scope.has(Role.CSP_COORDINATOR) && scope.cspIds().contains(csp)) {
      return true;
    }
    return scope.has(Role.PCC_REVIEWER)
        && scope.cspIds().contains(csp)
        && submission.getFirstSubmittedAt() != null;
  }

  static boolean isCoordinatorOf(Scope scope, Submission submission) {
    return scope.has(Role.CSP_COORDINATOR) && scope.cspIds().contains(submission.getCsp().getId());
  }

  /** Restricts a query over {@code Submission s} to what the caller may see. */
  static JpqlConditions restrict(Scope scope, JpqlConditions where) {
    if (scope.has(Role.ADMIN)) {
      return where;
    }
    if (scope.cspIds().isEmpty()) {
      return where.and("1 = 0", Map.of());
    }
    if (scope.has(Role.CSP_COORDINATOR)) {
      return where.and("s.csp.id IN :scopeCsps", Map.of("scopeCsps", scope.cspIds()));
    }
    if (scope.has(Role.PCC_REVIEWER)) {
      return where.and(
          "s.csp.id IN :scopeCsps AND s.firstSubmittedAt IS NOT NULL",
          Map.of("scopeCsps", scope.cspIds()));
    }
    return where.and("1 = 0", Map.of());
  }
}
