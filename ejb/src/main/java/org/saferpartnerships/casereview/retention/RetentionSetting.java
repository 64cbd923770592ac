package org.saferpartnerships.casereview.retention;

import java.time.Instant;

/**
 * A partnership's retention of closed cases' personal data: years after closure, whether the
 * partnership set them (else the national default applies), who set them and when, and the version
 * a change must name (0 while it has none of its own).
 */
public record RetentionSetting(
    String csp, int years, boolean own, long version, Instant updatedAt, String updatedBy) {

  static RetentionSetting of(String csp, RetentionRule rule) {
    return new RetentionSetting(
        csp,
        rule.getYearsAfterClosure(),
        true,
        rule.getVersion(),
        rule.getUpdatedAt(),
        rule.getUpdatedBy());
  }
}
