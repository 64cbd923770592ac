package org.saferpartnerships.casereview;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.RegistryVintage;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The statutory figures per CSP for a period, counted from the case records in one grouped query:
 * an application counts on the day it was received, a threshold not met on the day it was decided,
 * a review on the day it was held. Every CSP of the registry in force at the period's end is
 * listed, with zeros where nothing happened. Public: the figures hold no personal data.
 */
@Stateless
@PermitAll
public class CaseStatistics {

  /** The longest period one request may cover. */
  static final int MAX_YEARS = 10;

  @PersistenceContext private EntityManager em;

  @EJB private Registry registry;

  /**
   * The figures of every CSP (or of one CSP, or the CSPs of one police force area) for the period.
   *
   * @param cspCode one CSP, or null
   * @param pfaCode the CSPs of one police force area, or null
   */
  public List<CaseFigures> figures(LocalDate from, LocalDate to, String cspCode, String pfaCode) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new ServiceException("statistics.period");
    }
    if (from.plusYears(MAX_YEARS).isBefore(to)) {
      throw new ServiceException("statistics.periodTooLong", MAX_YEARS);
    }
    RegistryVintage vintage =
        registry
            .vintageOnOrNewest(to)
            .orElseThrow(() -> new ServiceException("statistics.noRegistry"));
    Map<Long, long[]> counts = counts(from, to);
    List<CaseFigures> figures =
        registry.placements(vintage, null, pfaCode, cspCode).stream()
            .map(
                place -> {
                  long[] count = counts.getOrDefault(place.cspId(), new long[4]);
                  return new CaseFigures(
                      place.cspCode(),
                      place.cspName(),
                      place.cspNameCy(),
                      place.pfaCode(),
                      place.pfaName(),
                      count[0],
                      count[1],
                      count[2],
                      count[3]);
                })
            .toList();
    if (figures.isEmpty() && cspCode != null) {
      throw new NotFoundException("notFound.csp", cspCode);
    }
    if (figures.isEmpty() && pfaCode != null) {
      throw new NotFoundException("notFound.forceArea", pfaCode);
    }
    return figures;
  }

  private Map<Long, long[]> counts(LocalDate from, LocalDate to) {
    // native SQL: the persistence provider would bind the 1s and 0s as parameters, which H2 cannot
    // add up
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT csp_id,"
                    + " SUM(CASE WHEN received_on BETWEEN ?1 AND ?2 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN threshold_outcome = 'NOT_MET'"
                    + " AND threshold_decided_on BETWEEN ?1 AND ?2 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN review_held_on BETWEEN ?1 AND ?2 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN review_held_on BETWEEN ?1 AND ?2"
                    + " AND recommendation_count > 0 THEN 1 ELSE 0 END)"
                    + " FROM case_review WHERE received_on <= ?2 GROUP BY csp_id")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
    Map<Long, long[]> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put(
          ((Number) row[0]).longValue(),
          new long[] {number(row[1]), number(row[2]), number(row[3]), number(row[4])});
    }
    return counts;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
