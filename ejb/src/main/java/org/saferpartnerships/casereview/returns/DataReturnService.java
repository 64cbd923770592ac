package org.saferpartnerships.casereview.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.CaseFigures;
import org.saferpartnerships.casereview.CaseStatistics;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The data return of ASB case reviews to the Home Secretary (Crime and Policing Act 2026): for each
 * partnership and each quarter of a financial year, the four statutory figures and the requests to
 * and reviews by the policing body, counted as the published figures are (by the day each thing
 * happened). Each partnership's four quarters are checked against its year counted on its own; a
 * return whose quarters do not add up is refused, naming the partnership, rather than sent wrong.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HOME_OFFICE_ANALYST})
public class DataReturnService {

  /** The first financial year the Act's figures were kept (it came into force in October 2014). */
  static final int FIRST_YEAR = 2014;

  @PersistenceContext private EntityManager em;

  @EJB private CaseStatistics statistics;

  @EJB private AuditLog audit;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  /** The rows of the return for the financial year beginning in April of {@code financialYear}. */
  public List<DataReturnRow> rows(int financialYear) {
    if (financialYear < FIRST_YEAR || financialYear > LocalDate.now(clock).getYear()) {
      throw new ServiceException("dataReturn.year", FIRST_YEAR, LocalDate.now(clock).getYear());
    }
    LocalDate start = LocalDate.of(financialYear, 4, 1);
    List<DataReturnRow> rows = new ArrayList<>();
    Map<String, long[]> quarterSums = new HashMap<>();
    for (int quarter = 1; quarter <= 4; quarter++) {
      LocalDate from = start.plusMonths(3L * (quarter - 1));
      LocalDate to = from.plusMonths(3).minusDays(1);
      Map<String, long[]> requests = policingBody(from, to);
      for (CaseFigures figures : statistics.figures(from, to, null, null)) {
        long[] body = requests.getOrDefault(figures.cspCode(), new long[2]);
        DataReturnRow row =
            new DataReturnRow(
                figures.cspCode(),
                figures.cspName(),
                figures.cspNameCy(),
                figures.pfaCode(),
                figures.pfaName(),
                financialYear,
                quarter,
                from,
                to,
                figures.applications(),
                figures.thresholdNotMet(),
                figures.reviews(),
                figures.reviewsWithRecommendations(),
                body[0],
                body[1]);
        rows.add(row);
        long[] sum = quarterSums.computeIfAbsent(figures.cspCode(), code -> new long[6]);
        long[] counts = row.counts();
        for (int i = 0; i < sum.length; i++) {
          sum[i] += counts[i];
        }
      }
    }
    checkAgainstTheYear(financialYear, start, quarterSums);
    rows.sort(
        Comparator.comparing(DataReturnRow::cspCode).thenComparingInt(DataReturnRow::quarter));
    return rows;
  }

  /** Refuses a return whose quarters do not add up to its year, counted on its own. */
  private void checkAgainstTheYear(int year, LocalDate start, Map<String, long[]> quarterSums) {
    LocalDate end = start.plusYears(1).minusDays(1);
    Map<String, long[]> requests = policingBody(start, end);
    for (CaseFigures figures : statistics.figures(start, end, null, null)) {
      long[] body = requests.getOrDefault(figures.cspCode(), new long[2]);
      long[] whole = {
        figures.applications(),
        figures.thresholdNotMet(),
        figures.reviews(),
        figures.reviewsWithRecommendations(),
        body[0],
        body[1]
      };
      long[] sum = quarterSums.getOrDefault(figures.cspCode(), new long[6]);
      if (!Arrays.equals(whole, sum)) {
        throw new ServiceException("dataReturn.totalsDiffer", figures.cspCode(), year);
      }
    }
  }

  /** Requests sent to, and reviews decided by, the policing body in the period, by CSP code. */
  private Map<String, long[]> policingBody(LocalDate from, LocalDate to) {
    // native SQL, as the statistics: the provider would bind the 1s and 0s, which H2 cannot add up
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT a.gss_code,"
                    + " SUM(CASE WHEN c.escalation_requested_on BETWEEN ?1 AND ?2 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.escalation_outcome IN ('UPHELD', 'UPHELD_REVIEW',"
                    + " 'NOT_UPHELD') AND c.escalation_decided_on BETWEEN ?1 AND ?2"
                    + " THEN 1 ELSE 0 END)"
                    + " FROM case_review c JOIN area a ON a.id = c.csp_id"
                    + " WHERE c.escalation_requested_on <= ?2 GROUP BY a.gss_code")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
    Map<String, long[]> counts = new HashMap<>();
    for (Object[] row : found) {
      counts.put(
          (String) row[0],
          new long[] {
            row[1] == null ? 0 : ((Number) row[1]).longValue(),
            row[2] == null ? 0 : ((Number) row[2]).longValue()
          });
    }
    return counts;
  }

  /** The columns of the return, in order. */
  public List<DataReturnColumn> layout() {
    return layoutRow().columns();
  }

  public long layoutVersion() {
    return layoutRow().getVersion();
  }

  /**
   * Sets the columns of the return, in order, if nobody changed them since the version given; an
   * unknown or repeated column, or none at all, is refused by name.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public List<DataReturnColumn> setLayout(List<String> names, long version) {
    if (names == null || names.isEmpty()) {
      throw new ServiceException("dataReturn.noColumns");
    }
    List<DataReturnColumn> chosen = new ArrayList<>();
    Set<DataReturnColumn> seen = new HashSet<>();
    for (String name : names) {
      DataReturnColumn column = column(name);
      if (!seen.add(column)) {
        throw new ServiceException("dataReturn.columnTwice", column.name());
      }
      chosen.add(column);
    }
    DataReturnLayout layout = layoutRow();
    if (layout.getVersion() != version) {
      throw new ConflictException("stale.dataReturnLayout", layout.getUpdatedBy());
    }
    layout.set(chosen, clock.instant(), caller.username());
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        "DATA_RETURN_LAYOUT",
        String.valueOf(DataReturnLayout.ID),
        null,
        "columns " + chosen);
    return chosen;
  }

  private static DataReturnColumn column(String name) {
    try {
      return DataReturnColumn.valueOf(name == null ? "" : name.trim());
    } catch (IllegalArgumentException unknown) {
      throw new ServiceException(
          "dataReturn.column", name, Arrays.toString(DataReturnColumn.values()));
    }
  }

  private DataReturnLayout layoutRow() {
    return em.find(DataReturnLayout.class, DataReturnLayout.ID);
  }
}
