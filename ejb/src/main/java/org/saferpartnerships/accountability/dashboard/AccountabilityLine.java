package org.saferpartnerships.accountability.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.saferpartnerships.submission.due.TypeStatus;

/**
 * A row of an accountability dashboard: a CSP (in a force area's dashboard) or a force area (in the
 * national one, with no per-submission statuses). Counts only: no personal data.
 */
public record AccountabilityLine(
    String code,
    String name,
    String nameCy,
    List<TypeStatus> statuses,
    int onTime,
    int late,
    int overdue,
    int due,
    long openRecommendations,
    long overdueRecommendations,
    Integer oldestOpenDays,
    long closedRecommendations,
    long applications,
    long reviews,
    long grants,
    BigDecimal grantAmount)
    implements Serializable {

  public AccountabilityLine {
    statuses = List.copyOf(statuses);
    grantAmount = grantAmount == null ? BigDecimal.ZERO : grantAmount;
  }

  /** Submissions due this year, sent or not. */
  public int expected() {
    return onTime + late + overdue + due;
  }

  /** The sum of two lines' counts, under this line's name and without statuses. */
  public AccountabilityLine plus(AccountabilityLine other) {
    Integer oldest =
        oldestOpenDays == null
            ? other.oldestOpenDays
            : other.oldestOpenDays == null
                ? oldestOpenDays
                : Integer.valueOf(Math.max(oldestOpenDays, other.oldestOpenDays));
    return new AccountabilityLine(
        code,
        name,
        nameCy,
        List.of(),
        onTime + other.onTime,
        late + other.late,
        overdue + other.overdue,
        due + other.due,
        openRecommendations + other.openRecommendations,
        overdueRecommendations + other.overdueRecommendations,
        oldest,
        closedRecommendations + other.closedRecommendations,
        applications + other.applications,
        reviews + other.reviews,
        grants + other.grants,
        grantAmount.add(other.grantAmount));
  }

  public static AccountabilityLine empty(String code, String name, String nameCy) {
    return new AccountabilityLine(
        code, name, nameCy, List.of(), 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, BigDecimal.ZERO);
  }
}
