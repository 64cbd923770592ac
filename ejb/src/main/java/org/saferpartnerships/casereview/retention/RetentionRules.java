package org.saferpartnerships.casereview.retention;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/** The retention rules as years by CSP id, the default under the key null (six if none is set). */
final class RetentionRules {

  static final int DEFAULT_YEARS = 6;

  private RetentionRules() {}

  static Map<Long, Integer> load(EntityManager em) {
    Map<Long, Integer> years = new HashMap<>();
    em.createQuery("SELECT r FROM RetentionRule r LEFT JOIN FETCH r.csp", RetentionRule.class)
        .getResultList()
        .forEach(
            rule ->
                years.put(
                    rule.getCsp() == null ? null : rule.getCsp().getId(),
                    rule.getYearsAfterClosure()));
    years.putIfAbsent(null, DEFAULT_YEARS);
    return years;
  }
}
