package org.saferpartnerships.casereview.threshold;

import java.time.LocalDate;

/** A threshold rule as lists show it. */
public record ThresholdRuleSummary(
    long id,
    String cspCode,
    LocalDate validFrom,
    ThresholdTerms terms,
    String note,
    String createdBy,
    boolean inForce)
    implements java.io.Serializable {

  static ThresholdRuleSummary of(ThresholdRule rule, boolean inForce) {
    return new ThresholdRuleSummary(
        rule.getId(),
        rule.getCsp() == null ? null : rule.getCsp().getGssCode(),
        rule.getValidFrom(),
        rule.terms(),
        rule.getNote(),
        rule.getCreatedBy(),
        inForce);
  }
}
